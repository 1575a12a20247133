import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MIN_SECRET_LENGTH = 32

export class MissingSecretError extends Error {}

type SecretEnv = { NODE_ENV?: string; PAYLOAD_SECRET?: string }

/**
 * Production must be given a secret; development gets a random one generated once
 * and kept under data/ so that sessions survive restarts. No secret lives in the code.
 */
export function resolveSecret(env: SecretEnv, dataDir: string): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (given.length < MIN_SECRET_LENGTH) {
      throw new MissingSecretError(
        `PAYLOAD_SECRET is ${given.length} characters long; use at least ${MIN_SECRET_LENGTH} ` +
          '(for example: PAYLOAD_SECRET=$(openssl rand -hex 32)).',
      )
    }
    return given
  }
  if (env.NODE_ENV === 'production') {
    throw new MissingSecretError(
      `PAYLOAD_SECRET is not set. In production set it to a random string of at least ${MIN_SECRET_LENGTH} ` +
        'characters (for example: PAYLOAD_SECRET=$(openssl rand -hex 32)) and keep it the same across restarts.',
    )
  }
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
