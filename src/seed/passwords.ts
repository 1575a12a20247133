import { randomBytes } from 'node:crypto'

/** 24 random bytes as base64url: 32 characters, about 192 bits, safe to paste anywhere. */
export function randomPassword(): string {
  return randomBytes(24).toString('base64url')
}
