import { describe, expect, it } from 'vitest'

import { expectedLocales, hostCountryLanguage } from './expectedLocales'

describe('the languages a mission should serve', () => {
  it('reads the host country’s main language from CLDR (Node’s ICU data)', () => {
    expect(['ES', 'EG', 'CN', 'FR', 'US', 'CH', 'BR'].map(hostCountryLanguage)).toEqual(['es', 'ar', 'zh', 'fr', 'en', 'de', 'pt'])
  })

  it('expects the network language, plus the host language when the network publishes in it', () => {
    expect(expectedLocales('MX')).toEqual(['es'])
    expect(expectedLocales('EG')).toEqual(['es', 'ar'])
    expect(expectedLocales('CN')).toEqual(['es', 'zh'])
    expect(expectedLocales('US')).toEqual(['es', 'en'])
    // German is not one of the network's languages: nothing more is expected in Switzerland.
    expect(expectedLocales('CH')).toEqual(['es'])
  })

  it('expects nothing more for a code that is not an assigned country (CLDR would answer "en")', () => {
    expect(hostCountryLanguage('XX')).toBeNull()
    expect(hostCountryLanguage('es')).toBeNull()
    expect(expectedLocales('XX')).toEqual(['es'])
  })
})
