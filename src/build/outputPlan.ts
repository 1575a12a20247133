/** One file a build wants on disk, relative to its site folder, and what produced it (for error messages). */
export type PlannedFile = { path: string; contents: string | Uint8Array; source: string }

/** A self-contained, deployable folder: a mission's site, the ministry's, or the network files. */
export type SitePlan = { site: string; files: PlannedFile[] }

export class OutputPlanError extends Error {}

const SITE_NAME = /^[a-z0-9][a-z0-9-]*$/

/**
 * Checks the whole plan before anything is written: safe relative paths and no two
 * sources writing the same file (both are named, so the clash can be fixed).
 */
export function checkPlan(plan: SitePlan): void {
  if (!SITE_NAME.test(plan.site)) throw new OutputPlanError(`Site folder "${plan.site}" must be a slug (lower-case letters, digits, hyphens).`)
  const seen = new Map<string, string>()
  for (const file of plan.files) {
    const parts = file.path.split('/')
    if (file.path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..') || file.path.includes('\\')) {
      throw new OutputPlanError(`${file.source} wants to write "${file.path}", which is not a plain relative path inside the site.`)
    }
    if (parts[0].startsWith('.')) throw new OutputPlanError(`${file.source} wants to write "${file.path}": names starting with "." are reserved.`)
    const previous = seen.get(file.path)
    if (previous) throw new OutputPlanError(`Two sources write ${plan.site}/${file.path}: ${previous} and ${file.source}.`)
    seen.set(file.path, file.source)
  }
}
