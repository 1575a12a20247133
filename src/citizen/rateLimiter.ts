/**
 * Fixed-window counters: at most `limit` posts per key per window. In memory, per server
 * process (docs/security.md says what that means for several servers). The clock is passed in.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one post; null when allowed, else the seconds until the key may post again. */
  take(key: string, now: number): number | null {
    let window = this.windows.get(key)
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now)
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    if (window.count >= this.limit) return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000))
    window.count += 1
    return null
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key)
  }
}

export type RateLimitEnv = { CITIZEN_LIMIT_PER_CLIENT?: string; CITIZEN_LIMIT_PER_MISSION?: string }

const HOUR = 60 * 60 * 1000

function perHour(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new Error(`${name} must be a whole number of posts per hour (at least 1), got "${value}"`)
  return Number(value)
}

/** The limits of the public forms: per client address and per mission, per hour. */
export function citizenRateLimits(env: RateLimitEnv): { perClient: number; perMission: number } {
  return {
    perClient: perHour(env.CITIZEN_LIMIT_PER_CLIENT, 20, 'CITIZEN_LIMIT_PER_CLIENT'),
    perMission: perHour(env.CITIZEN_LIMIT_PER_MISSION, 600, 'CITIZEN_LIMIT_PER_MISSION'),
  }
}

export const RATE_WINDOW_MS = HOUR
