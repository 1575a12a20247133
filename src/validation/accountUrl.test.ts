import { describe, expect, it } from 'vitest'

import { accountUrlSpellings, checkAccountAddress } from './accountUrl'

describe('accountUrlSpellings', () => {
  it('covers http and https, with and without www. and a trailing slash', () => {
    const spellings = accountUrlSpellings('https://x.com/CancilleriaEc')
    for (const same of [
      'https://x.com/CancilleriaEc',
      'https://x.com/CancilleriaEc/',
      'http://x.com/CancilleriaEc',
      'https://www.x.com/CancilleriaEc',
      'http://www.x.com/CancilleriaEc/',
    ]) expect(spellings).toContain(same)
  })

  it('starts from a www. spelling as well as a bare one', () => {
    expect(accountUrlSpellings('https://www.facebook.com/Cancilleria/')).toContain('https://facebook.com/Cancilleria')
  })

  it('keeps the query, where some platforms name the account', () => {
    const spellings = accountUrlSpellings('https://www.facebook.com/profile.php?id=100064')
    expect(spellings).toContain('https://facebook.com/profile.php?id=100064')
    expect(spellings.every((s) => s.endsWith('?id=100064'))).toBe(true)
  })

  it('does not make a different account or a look-alike host the same', () => {
    const spellings = accountUrlSpellings('https://x.com/CancilleriaEc')
    expect(spellings).not.toContain('https://x.com/CancilleriaEcu')
    expect(spellings).not.toContain('https://x.com.evil.example/CancilleriaEc')
  })
})

describe('checkAccountAddress (the URL field as typed, before the save normalises it)', () => {
  it('accepts an address in any form, or a bare handle', () => {
    for (const value of ['https://x.com/CancilleriaEc', 'twitter.com/CancilleriaEc', '@CancilleriaEc', '@prensa@social.example', 'did:plc:z72i7hdynmk6r22z27h6tvur']) {
      expect(checkAccountAddress(value, null), value).toBe(true)
    }
  })

  it('accepts an empty URL only when the handle says which account it is', () => {
    expect(checkAccountAddress('', '@CancilleriaEc')).toBe(true)
    expect(checkAccountAddress('', '  ')).toMatch(/Give the account’s address/)
    expect(checkAccountAddress(null, null)).toMatch(/Give the account’s address/)
  })

  it('refuses other schemes and hidden hosts as they are typed', () => {
    expect(checkAccountAddress('javascript:alert(1)', null)).toMatch(/got "javascript:"/)
    expect(checkAccountAddress('data:text/html,x', null)).toMatch(/got "data:"/)
    expect(checkAccountAddress('https://x.com@evil.example/a', null)).toMatch(/hides its real host/)
  })
})
