/** True while any process of the group led by `pgid` lives. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops a process group as Ctrl-C in its terminal does (SIGINT to the whole group), waits up to
 * `graceMs` for every process of it to end, and kills what is left. For `npm start`: Next writes
 * Turbopack's cache of the compile as it stops, and one killed before that panicked at the next
 * start on the same folder ("task is missing in memory or persistent storage"). Resolves true
 * when the group ended by itself.
 */
export async function stopLikeCtrlC(pgid: number, graceMs = 60_000): Promise<boolean> {
  if (!groupAlive(pgid)) return true
  process.kill(-pgid, 'SIGINT')
  const deadline = Date.now() + graceMs
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
  if (!groupAlive(pgid)) return true
  process.kill(-pgid, 'SIGKILL')
  return false
}
