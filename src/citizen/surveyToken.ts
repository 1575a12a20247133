import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The survey link in a reply is tied to its enquiry: only whoever received the reply can rate
 * it, and the link says nothing about the enquiry but its reference.
 */
export function surveyToken(secret: string, reference: string): string {
  return createHmac('sha256', secret).update(`survey:${reference}`).digest('base64url').slice(0, 32)
}

export function isSurveyToken(secret: string, reference: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length !== 32) return false
  const expected = Buffer.from(surveyToken(secret, reference))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
