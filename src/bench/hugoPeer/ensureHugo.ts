/**
 * Debian's `hugo` (the peer the benchmark measures Chancery against): its version, installed
 * with apt-get first when it is missing and this process may install packages.
 */
import { execFileSync, spawnSync } from 'node:child_process'

export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

export function ensureHugo(log: (line: string) => void): string {
  const found = hugoVersion()
  if (found) return found
  if (process.getuid?.() !== 0) {
    throw new Error('Hugo is not installed. Install Debian\'s package first (sudo apt-get install -y hugo), then run the benchmark again.')
  }
  log('Installing Debian\'s hugo (apt-get install -y hugo) …')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit', env })
  const installed = hugoVersion()
  if (!installed) throw new Error('apt-get installed hugo, but `hugo version` still fails.')
  return installed
}
