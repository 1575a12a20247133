import countries from 'i18n-iso-countries'

/** ISO 3166-1 alpha-2, upper case, an assigned code (not merely two letters). */
export function checkCountryCode(value: unknown): true | string {
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) {
    return 'must be an ISO 3166-1 alpha-2 country code in capitals, such as "ES" or "MX"'
  }
  if (!countries.isValid(value)) return `"${value}" is not an assigned ISO 3166-1 country code`
  return true
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'))

/** ISO 4217 currency code as known to the runtime's ICU data. */
export function checkCurrencyCode(value: unknown): true | string {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
    return 'must be an ISO 4217 currency code in capitals, such as "USD" or "EUR"'
  }
  if (!CURRENCIES.has(value)) return `"${value}" is not an ISO 4217 currency code`
  return true
}
