const PHONE = /^\+?[0-9][0-9 ()./-]{4,30}$/

/** A phone number in international form, as offices print it: digits with spaces, brackets, dots, slashes or dashes. */
export const checkPhone = (value: unknown): true | string =>
  typeof value === 'string' && PHONE.test(value.trim())
    ? true
    : 'must be a phone number in international form, such as "+34 915 550 000"'
