/**
 * A command-line option that counts something (clients, seconds, missions): its default when
 * absent, else a whole number from 1 to `max`, or an error that names the option and the value.
 */
export function wholeOption(name: string, value: string | undefined, fallback: number, max = Infinity): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) {
    const range = max === Infinity ? 'of at least 1' : `from 1 to ${max}`
    throw new Error(`--${name} must be a whole number ${range}; got "${value}"`)
  }
  return n
}
