/** What one run of the seed did: counts per collection, and the logins it created. */
export type SeedReport = {
  created: Record<string, number>
  unchanged: Record<string, number>
  /** Only users created by this run, so a second run reports none. */
  credentials: { role: string; email: string; password: string }[]
}

export function emptyReport(): SeedReport {
  return { created: {}, unchanged: {}, credentials: [] }
}

export function count(report: SeedReport, what: string, outcome: 'created' | 'unchanged'): void {
  report.created[what] ??= 0
  report.unchanged[what] ??= 0
  report[outcome][what] += 1
}
