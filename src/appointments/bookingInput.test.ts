import { describe, expect, it } from 'vitest'

import { readBookingInput } from './bookingInput'
import { formatBookingReference, isBookingReference } from './reference'

const form = (fields: Record<string, string>) => new URLSearchParams({ name: 'Ana Pérez', email: 'ana@example.org', people: '2', locale: 'fr', ...fields })

describe('readBookingInput', () => {
  it('reads a good form, trimmed, with defaults', () => {
    expect(readBookingInput(form({ name: '  Ana Pérez ', phone: '+34 600 000 000', documentNumber: 'X123', key: 'abc_1' }))).toEqual({
      ok: true,
      input: { name: 'Ana Pérez', email: 'ana@example.org', phone: '+34 600 000 000', documentNumber: 'X123', people: 2, locale: 'fr', key: 'abc_1' },
    })
    const plain = readBookingInput({ name: 'Li', email: 'li@example.org', people: 1, locale: 'xx' })
    expect(plain).toEqual({ ok: true, input: { name: 'Li', email: 'li@example.org', phone: '', documentNumber: '', people: 1, locale: 'es' } })
  })

  it('reports every problem at once, each a code under its field, with the values to show again', () => {
    const reading = readBookingInput(form({ name: '', email: 'ana@@example', phone: 'call me', people: '9', documentNumber: 'x'.repeat(41), key: 'no spaces', website: 'http://spam' }))
    expect(reading).toEqual({
      ok: false,
      errors: { name: 'required', email: 'invalid-email', phone: 'invalid-phone', people: 'unknown-choice', documentNumber: 'too-long', key: 'too-long', website: 'honeypot' },
      values: { name: '', email: 'ana@@example', phone: 'call me', documentNumber: 'x'.repeat(41), people: '9' },
    })
  })

  it('refuses malformed addresses, people outside 1–6 and fields sent twice', () => {
    for (const email of ['ana', 'ana@', '@example.org', 'ana@example', 'a b@example.org', 'ana@exa..mple.org']) {
      expect(readBookingInput(form({ email }))).toMatchObject({ ok: false, errors: { email: 'invalid-email' } })
    }
    for (const people of ['0', '7', '-1', '1.5', 'two']) {
      expect(readBookingInput(form({ people }))).toMatchObject({ ok: false, errors: { people: 'unknown-choice' } })
    }
    const twice = form({})
    twice.append('email', 'other@example.org')
    expect(readBookingInput(twice)).toMatchObject({ ok: false, errors: { email: 'repeated' } })
  })
})

describe('booking references', () => {
  it('read MAD-2027-A000042 and never look like an enquiry reference', () => {
    expect(formatBookingReference('madrid', 2027_000_042)).toBe('MAD-2027-A000042')
    expect(isBookingReference('MAD-2027-A000042')).toBe(true)
    expect(isBookingReference('MAD-2027-000042')).toBe(false)
  })
})
