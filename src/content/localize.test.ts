import { describe, expect, it } from 'vitest'

import { pickText, textLanguages } from './localize'

describe('textLanguages', () => {
  it('names the fallback language of each text taken from it, and nothing for texts in the page’s own language', () => {
    const doc = { title: { es: 'Título', ar: 'عنوان' }, summary: { es: 'Resumen', ar: '  ' }, body: { es: { root: {} } } }
    expect(textLanguages(doc, 'ar', 'es')).toEqual({ summary: 'es', body: 'es' })
    expect(pickText(doc.summary, 'ar', 'es')).toBe('Resumen')
  })

  it('is undefined when every text is translated, when a text is missing in both languages, and on the fallback language’s own page', () => {
    expect(textLanguages({ title: { es: 'T', en: 'T' }, summary: { es: 'S', en: 'S' }, body: null }, 'en', 'es')).toBeUndefined()
    expect(textLanguages({ title: { en: 'T' }, summary: {}, body: undefined }, 'en', 'es')).toBeUndefined()
    expect(textLanguages({ title: { es: 'T' }, summary: { es: 'S' }, body: null }, 'es', 'es')).toBeUndefined()
  })
})
