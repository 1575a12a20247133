import { describe, expect, it } from 'vitest'

import { platformRules } from '../../src/social/platformRules'
import { recogniseAccount } from '../../src/social/recogniseAccount'

// A platform added in the admin, as data only: no code knows it.
const pixelfed = platformRules({
  slug: 'pixelfed-social', name: 'Pixelfed', hosts: [{ host: 'pixelfed.social' }], urlTemplate: 'https://pixelfed.social/i/web/profile/@{handle}',
  handlePattern: '[a-z0-9_]{1,30}', normaliser: 'template',
})

describe('a platform described by data alone (the template grammar)', () => {
  it('reads addresses shaped like its template, with anything after the handle, and writes the template', () => {
    for (const input of ['@cancilleria', 'cancilleria', 'https://pixelfed.social/i/web/profile/@cancilleria', 'https://www.pixelfed.social/i/web/profile/@cancilleria/followers?x=1']) {
      expect(recogniseAccount(input, pixelfed), input).toEqual({ url: 'https://pixelfed.social/i/web/profile/@cancilleria', handle: '@cancilleria', key: 'https://pixelfed.social/i/web/profile/@cancilleria' })
    }
  })

  it('refuses addresses of another shape, handles outside its pattern, and other hosts', () => {
    expect(recogniseAccount('https://pixelfed.social/cancilleria', pixelfed)).toMatchObject({ refused: expect.stringMatching(/should look like https:\/\/pixelfed\.social\/i\/web\/profile\/@name/) })
    expect(recogniseAccount('@Cancilleria', pixelfed)).toMatchObject({ refused: '"Cancilleria" is not a valid Pixelfed handle.' })
    expect(recogniseAccount('https://pixelfed.social.evil.example/i/web/profile/@cancilleria', pixelfed)).toMatchObject({ refused: expect.stringMatching(/only begins like pixelfed\.social/) })
  })

  it('without a template, files a handle under https://<first host>/<handle>', () => {
    const bare = platformRules({ slug: 'example', name: 'Example', hosts: [{ host: 'example.social' }, { host: 'ex.social' }], normaliser: 'template' })
    expect(recogniseAccount('https://ex.social/Someone/posts', bare)).toMatchObject({ url: 'https://example.social/Someone', handle: '@Someone' })
  })

  it('a platform stored before it had a normaliser uses the grammar named like its slug', () => {
    const x = platformRules({ slug: 'x', name: 'X', hosts: [{ host: 'x.com' }, { host: 'twitter.com' }], urlTemplate: 'https://x.com/{handle}' })
    expect(x.normaliser).toBe('x')
    expect(recogniseAccount('https://twitter.com/#!/CancilleriaEc', x)).toMatchObject({ url: 'https://x.com/CancilleriaEc' })
  })
})
