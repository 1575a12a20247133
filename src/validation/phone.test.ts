import { describe, expect, it } from 'vitest'

import { checkPhone } from './phone'

describe('checkPhone', () => {
  it('takes numbers in international form as offices print them', () => {
    for (const number of ['+34 915 550 000', '+593 (2) 255-0100', '+20.2.2736.0000', '0034 91 555 00 00']) expect(checkPhone(number), number).toBe(true)
  })

  it('refuses text that is not a phone number, saying what is expected', () => {
    for (const value of ['call us', '+34', '+34 915 550 000 ext. 12', '', 915550000]) {
      expect(checkPhone(value), String(value)).toMatch(/^must be a phone number in international form/)
    }
  })
})
