/**
 * Facts the booking flow and its mails read on every booking but that change rarely (a mission's
 * schedules, offices and name; a service's title and requirements), kept a few seconds per server
 * process: reading them cost as much as booking itself (docs/benchmarks.md, booking appointments
 * under load). A change saved in this process forgets them at once (the hook below, on schedules,
 * missions and services); another process's change shows within the time limit. Capacity is
 * never among them: the booking store asks the database for that.
 */
export const KEPT_FACTS_TTL_MS = 5_000

// The admin's hooks and the form fast path may run in separately bundled copies of this module
// (src/server/fastPath.ts): the generation is kept where both see it.
const GENERATION = Symbol.for('chancery.appointmentFactsGeneration')
type Held = { [GENERATION]?: number }
const generation = () => (globalThis as Held)[GENERATION] ?? 0

/** Everything kept in this process is forgotten. */
export function forgetAppointmentFacts(): void {
  ;(globalThis as Held)[GENERATION] = generation() + 1
}

/** afterChange and afterDelete hook for every collection such facts are read from. */
export const forgetAppointmentFactsHook = <T extends { doc: unknown }>({ doc }: T): T['doc'] => {
  forgetAppointmentFacts()
  return doc
}

const KEYS_KEPT = 1_000

/** `read` memoised by key for `ttlMs`, until the next change; a failed read is not kept. */
export function keptFacts<T>(read: (key: string) => Promise<T>, clock: () => number = Date.now, ttlMs = KEPT_FACTS_TTL_MS): (key: string) => Promise<T> {
  const kept = new Map<string, { read: number; generation: number; value: Promise<T> }>()
  return (key) => {
    const now = clock()
    const held = kept.get(key)
    if (held && held.generation === generation() && now - held.read < ttlMs) return held.value
    if (kept.size >= KEYS_KEPT) kept.clear()
    const value = read(key)
    kept.set(key, { read: now, generation: generation(), value })
    value.catch(() => kept.delete(key))
    return value
  }
}
