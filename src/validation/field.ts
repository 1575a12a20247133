import type { Validate } from 'payload'

/**
 * Adapts a pure check to a Payload field validator. A custom validator replaces
 * Payload's own, so `required` is enforced here too.
 */
export function fieldCheck(check: (value: unknown) => true | string, options: { required?: boolean } = {}): Validate {
  return (value) => {
    if (value === null || value === undefined || value === '') {
      return options.required ? 'This field is required.' : true
    }
    return check(value)
  }
}
