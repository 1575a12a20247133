import fs from 'node:fs'
import path from 'node:path'

import type { SeedReport } from './report'

export const DEMO_LOGINS_FILE = 'demo-logins.txt'

/** The demo logins as lines of text, one per user. */
export function formatDemoLogins(credentials: SeedReport['credentials']): string {
  const width = Math.max(...credentials.map((c) => c.email.length))
  return credentials.map((c) => `${c.email.padEnd(width)}  ${c.password}  (${c.role})`).join('\n') + '\n'
}

/**
 * Shows the logins the seed just created and keeps a copy, readable by the owner only,
 * under the data directory: the passwords are random and printed this once.
 * Prints nothing when no user was created (a re-run never resets passwords).
 */
export function printDemoLogins(
  credentials: SeedReport['credentials'],
  dataDir: string,
  write: (text: string) => void = (text) => process.stdout.write(text),
): string | null {
  if (credentials.length === 0) return null
  const text = formatDemoLogins(credentials)
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.resolve(dataDir, DEMO_LOGINS_FILE)
  fs.writeFileSync(file, text, { mode: 0o600 })
  fs.chmodSync(file, 0o600) // writeFileSync keeps the mode of a file that already exists
  write(`\nDemo logins (sign in at /admin):\n${text.replace(/^/gm, '  ').trimEnd()}\nAlso saved to ${file} (readable by you only).\n`)
  return file
}
