import { describe, expect, it } from 'vitest'

import { wholeOption } from './wholeOption'

describe('wholeOption', () => {
  it('gives the default when the option is absent and the number when it is whole and in range', () => {
    expect(wholeOption('clients', undefined, 50)).toBe(50)
    expect(wholeOption('clients', '7', 50)).toBe(7)
    expect(wholeOption('places', '50', 3, 50)).toBe(50)
  })

  it('refuses zero, fractions, words and numbers past the maximum, naming the option and the value', () => {
    expect(() => wholeOption('clients', '0', 50)).toThrow('--clients must be a whole number of at least 1; got "0"')
    expect(() => wholeOption('seconds', '1.5', 10)).toThrow('--seconds must be a whole number of at least 1; got "1.5"')
    expect(() => wholeOption('total', 'many', 10)).toThrow('--total must be a whole number of at least 1; got "many"')
    expect(() => wholeOption('places', '51', 3, 50)).toThrow('--places must be a whole number from 1 to 50; got "51"')
  })
})
