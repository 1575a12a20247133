import { describe, expect, it } from 'vitest'

import { checkCountryCode, checkCurrencyCode } from './iso'

describe('checkCountryCode', () => {
  it.each(['ES', 'EC', 'MX', 'CN', 'SA', 'GB'])('accepts the assigned ISO 3166-1 code %s', (code) => {
    expect(checkCountryCode(code)).toBe(true)
  })

  it.each(['es', 'Es', 'ESP', 'E', '', 'E1', ' ES'])('refuses %j as not two capital letters', (code) => {
    expect(checkCountryCode(code)).toBe('must be an ISO 3166-1 alpha-2 country code in capitals, such as "ES" or "MX"')
  })

  it.each(['XX', 'ZZ', 'UK', 'EU'])('refuses %s, two capitals that are not an assigned country', (code) => {
    expect(checkCountryCode(code)).toBe(`"${code}" is not an assigned ISO 3166-1 country code`)
  })

  it.each([null, undefined, 34])('refuses the non-string %j', (value) => {
    expect(checkCountryCode(value)).toMatch(/ISO 3166-1 alpha-2/)
  })
})

describe('checkCurrencyCode', () => {
  it.each(['USD', 'EUR', 'MXN', 'CNY', 'GBP'])('accepts the ISO 4217 code %s', (code) => {
    expect(checkCurrencyCode(code)).toBe(true)
  })

  it.each(['usd', 'EURO', 'US', '$', '', 'U$D'])('refuses %j as not three capital letters', (code) => {
    expect(checkCurrencyCode(code)).toBe('must be an ISO 4217 currency code in capitals, such as "USD" or "EUR"')
  })

  it.each(['ABC', 'XYZ', 'QQQ'])('refuses %s, three capitals that are not a currency', (code) => {
    expect(checkCurrencyCode(code)).toBe(`"${code}" is not an ISO 4217 currency code`)
  })
})
