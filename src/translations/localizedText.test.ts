import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { documentText, hasContent, sameText, textChanged } from './localizedText'

const RELEASE: Field[] = [
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'slug', type: 'text' },
  { name: 'summary', type: 'textarea', localized: true, required: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'translationEditedAt', type: 'date', localized: true },
]

const ADVICE: Field[] = [
  { name: 'summary', type: 'textarea', localized: true, required: true },
  { name: 'parts', type: 'group', fields: [{ name: 'safety', type: 'richText', localized: true }] },
  {
    name: 'regions', type: 'array',
    fields: [{ type: 'row', fields: [{ name: 'name', type: 'text', localized: true, required: true }, { name: 'level', type: 'text' }] }],
  },
  { name: 'changeNote', type: 'textarea', localized: true },
]

const paragraph = (text: string) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: [
    { type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: text ? [{ type: 'text', text, format: 0, version: 1 }] : [] },
  ] },
})

describe('documentText', () => {
  it('reads every localized field in every language of a stored document, and not the stamps or other fields', () => {
    const text = documentText(RELEASE, { title: { es: 'Hola', en: 'Hello' }, slug: 'hola', summary: { es: 'Resumen' }, body: { es: paragraph('Texto') } })
    expect(text.fields.map((f) => [f.key, f.required, f.topLevel])).toEqual([['title', true, true], ['summary', true, true], ['body', false, true]])
    expect(text.values.es).toEqual({ title: 'Hola', summary: 'Resumen', body: paragraph('Texto') })
    expect(text.values.en).toEqual({ title: 'Hello', summary: undefined, body: undefined })
    expect(text.values.fr.title).toBeUndefined()
  })

  it('takes the language being saved from the data and the others from the stored document', () => {
    const stored = { title: { es: 'Hola', en: 'Hello' }, summary: { es: 'Resumen', en: 'Summary' } }
    const text = documentText(RELEASE, stored, { saving: { locale: 'en', data: { title: 'Hello again', summary: 'Summary' } } })
    expect(text.values.en.title).toBe('Hello again')
    expect(text.values.es.title).toBe('Hola')
  })

  it('finds localized fields in groups and array rows, matching rows by id, and skips ignored fields', () => {
    const stored = {
      summary: { es: 'Precaución', en: 'Caution' },
      parts: { safety: { es: paragraph('Hurtos') } },
      regions: [{ id: 'r1', name: { es: 'Tamaulipas', en: 'Tamaulipas' }, level: 'high' }],
      changeNote: { es: 'Primera' },
    }
    const saving = { locale: 'es' as const, data: { summary: 'Precaución', parts: { safety: paragraph('Hurtos') }, regions: [{ id: 'r2', name: 'Sinaloa' }, { id: 'r1', name: 'Tamaulipas' }] } }
    const text = documentText(ADVICE, stored, { saving, ignore: ['changeNote'] })
    expect(text.fields.map((f) => [f.key, f.name, f.required, f.topLevel])).toEqual([
      ['summary', 'summary', true, true],
      ['parts.safety', 'parts.safety', false, true],
      ['regions.r2.name', 'regions.name', true, false],
      ['regions.r1.name', 'regions.name', true, false],
    ])
    // The new row has no English yet; the moved row keeps its English.
    expect(text.values.en['regions.r2.name']).toBeUndefined()
    expect(text.values.en['regions.r1.name']).toBe('Tamaulipas')
  })
})

describe('hasContent', () => {
  it('counts text a reader would see, not blanks, empty rich text or nulls', () => {
    expect(hasContent('  ')).toBe(false)
    expect(hasContent(null)).toBe(false)
    expect(hasContent(paragraph(''))).toBe(false)
    expect(hasContent(paragraph(' '))).toBe(false)
    expect(hasContent(paragraph('Texto'))).toBe(true)
    expect(hasContent({ root: { type: 'root', children: [{ type: 'upload', value: 'm1' }] } })).toBe(true)
    expect(hasContent('Hola')).toBe(true)
  })
})

describe('sameText and textChanged', () => {
  it('ignores what the rich text editor adds or drops on its own', () => {
    const stored = paragraph('Texto')
    const resaved = JSON.parse(JSON.stringify(stored))
    delete resaved.root.direction
    resaved.root.children[0].textStyle = ''
    delete resaved.root.children[0].textFormat
    expect(sameText(stored, resaved)).toBe(true)
    expect(sameText('', null)).toBe(true)
    expect(sameText(stored, paragraph('Texto nuevo'))).toBe(false)
  })

  it('sees a change of one language only in that language', () => {
    const stored = { title: { es: 'Hola', en: 'Hello' }, summary: { es: 'Resumen', en: 'Summary' } }
    const before = documentText(RELEASE, stored)
    const after = documentText(RELEASE, stored, { saving: { locale: 'es', data: { title: 'Hola', summary: 'Resumen corregido' } } })
    expect(textChanged(before, after, 'es')).toBe(true)
    expect(textChanged(before, after, 'en')).toBe(false)
    const untouched = documentText(RELEASE, stored, { saving: { locale: 'es', data: { title: 'Hola', summary: 'Resumen', body: null } } })
    expect(textChanged(before, untouched, 'es')).toBe(false)
  })
})
