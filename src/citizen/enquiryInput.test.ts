import { describe, expect, it } from 'vitest'

import { readEnquiryForm } from './enquiryInput'

const TOPICS = new Set(['consular', 'visas'])
const NOW = 1_800_000_000_000

const form = (fields: Record<string, string>) =>
  new URLSearchParams({ mission: 'madrid', locale: 'es', name: 'Ana Pérez', email: 'ana@example.org', topic: 'consular', message: 'Hola', consent: 'yes', ...fields })

describe('readEnquiryForm', () => {
  it('accepts a complete form and cleans its text (trimmed, CRLF made LF, control characters gone)', () => {
    const reading = readEnquiryForm(form({ name: '  Ana\u0007 Pérez ', message: 'línea 1\r\nlínea 2\u0000', phone: '+34 600 000 000' }), TOPICS, NOW)
    expect(reading).toEqual({
      ok: true,
      input: { mission: 'madrid', locale: 'es', name: 'Ana  Pérez', email: 'ana@example.org', phone: '+34 600 000 000', topic: 'consular', message: 'línea 1\nlínea 2', key: '' },
    })
  })

  it('names every problem at once, each under its field, and keeps what was typed', () => {
    const reading = readEnquiryForm(form({ name: '', email: 'not-an-address', phone: 'call me', topic: 'gossip', message: ' ', consent: '' }), TOPICS, NOW)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.errors).toEqual({ name: 'required', email: 'invalid-email', phone: 'invalid-phone', topic: 'unknown-choice', message: 'required', consent: 'consent-required' })
    expect(reading.values.email).toBe('not-an-address')
    expect(reading.locale).toBe('es')
  })

  it('refuses a message over 5,000 characters, counting characters rather than UTF-16 units', () => {
    expect(readEnquiryForm(form({ message: '😀'.repeat(5000) }), TOPICS, NOW).ok).toBe(true)
    const reading = readEnquiryForm(form({ message: 'a'.repeat(5001) }), TOPICS, NOW)
    expect(!reading.ok && reading.errors.message).toBe('too-long')
  })

  it('refuses a filled honeypot, a form filled in under three seconds, and a field sent twice', () => {
    const params = form({ website: 'http://spam.example', started: String(NOW - 500) })
    params.append('email', 'other@example.org')
    const reading = readEnquiryForm(params, TOPICS, NOW)
    expect(!reading.ok && reading.errors).toEqual({ website: 'honeypot', form: 'too-fast', email: 'repeated' })
  })

  it('takes a form without the script (no start time) and one filled slowly', () => {
    expect(readEnquiryForm(form({}), TOPICS, NOW).ok).toBe(true)
    expect(readEnquiryForm(form({ started: String(NOW - 60_000) }), TOPICS, NOW).ok).toBe(true)
  })

  it('falls back to Spanish for an unknown language and refuses a malformed idempotency key', () => {
    const reading = readEnquiryForm(form({ locale: 'xx', key: '<script>' }), TOPICS, NOW)
    expect(!reading.ok && reading.locale).toBe('es')
    expect(!reading.ok && reading.errors.key).toBe('too-long')
  })

  it.each(['a@b', 'a b@example.org', 'a@example..org', '@example.org', 'a@-example.org'])('refuses the e-mail address %s', (email) => {
    const reading = readEnquiryForm(form({ email }), TOPICS, NOW)
    expect(!reading.ok && reading.errors.email).toBe('invalid-email')
  })
})
