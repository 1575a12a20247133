import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkInputShape, type ShapeRules } from './inputShape'

const rules: ShapeRules = { isId: (v) => typeof v === 'string' && /^id-\d+$/.test(v), locales: ['es', 'en'], allLocales: false }

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'tags', type: 'text', hasMany: true },
  { name: 'fee', type: 'number' },
  { name: 'open', type: 'checkbox' },
  { name: 'at', type: 'date' },
  { name: 'kind', type: 'select', options: ['a', { label: 'B', value: 'b' }] },
  { name: 'kinds', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'mission', type: 'relationship', relationTo: 'missions' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { name: 'owner', type: 'relationship', relationTo: ['missions', 'users'] },
  { name: 'place', type: 'point' },
  { name: 'meta', type: 'json' },
  { name: 'address', type: 'group', flattenedFields: [{ name: 'street', type: 'text' }] },
  { name: 'rows', type: 'array', flattenedFields: [{ name: 'label', type: 'text' }, { name: 'image', type: 'upload', relationTo: 'media' }] },
  {
    name: 'layout', type: 'blocks',
    blocks: [{ slug: 'quote', flattenedFields: [{ name: 'text', type: 'text' }] }],
  },
] as unknown as FlattenedField[]

const problems = (data: unknown, r: Partial<ShapeRules> = {}) => checkInputShape(fields, data, { ...rules, ...r }).problems

describe('checkInputShape', () => {
  it('takes well-typed data and nulls, and notes every referenced document', () => {
    const result = checkInputShape(fields, {
      title: 'T', tags: ['a'], fee: 1.5, open: false, at: '2026-01-01T00:00:00.000Z', kind: 'b', kinds: ['a'],
      mission: { id: 'id-1', name: 'read back whole' }, topics: ['id-2', { id: 'id-3' }], owner: { relationTo: 'users', value: 'id-4' },
      place: [1, 2], meta: { anything: [1, { x: null }] }, address: { street: 'S' }, rows: [{ label: 'L', image: 'id-5', id: 'row' }],
      layout: [{ blockType: 'quote', text: 'Q' }], unknownKey: 5,
    }, rules)
    expect(result.problems).toEqual([])
    expect(result.references.map((r) => `${r.path}→${r.collection}:${r.id}`)).toEqual([
      'mission→missions:id-1', 'topics.0→topics:id-2', 'topics.1→topics:id-3', 'owner→users:id-4', 'rows.0.image→media:id-5',
    ])
    expect(problems({ title: null, mission: null, topics: null })).toEqual([])
  })

  it('refuses a body that is not an object of fields', () => {
    for (const body of [[], 'x', 42, null, undefined]) expect(problems(body)).toHaveLength(1)
    expect(problems([])[0]).toEqual({ path: '', message: 'The request body must be an object of fields, not a list.' })
  })

  it.each([
    [{ title: 42 }, 'title', 'title must be text, not the number 42.'],
    [{ title: ['a'] }, 'title', 'title must be text, not a list.'],
    [{ tags: 'a' }, 'tags', 'tags must be a list of texts, not the text "a".'],
    [{ tags: ['a', 1] }, 'tags.1', 'tags.1 must be text, not the number 1.'],
    [{ fee: '90' }, 'fee', 'fee must be a number, not the text "90".'],
    [{ fee: Number.NaN }, 'fee', 'fee must be a number, not the number NaN.'],
    [{ open: 'true' }, 'open', 'open must be true or false, not the text "true".'],
    [{ at: 'soon' }, 'at', 'at must be a date (ISO 8601), not the text "soon".'],
    [{ kind: 'c' }, 'kind', 'kind must be one of "a", "b", not the text "c".'],
    [{ kinds: 'a' }, 'kinds', 'kinds must be a list of values from "a", "b", not the text "a".'],
    [{ mission: ['id-1', 'id-2'] }, 'mission', 'mission must be the id of one missions document, not a list.'],
    [{ mission: 'nope' }, 'mission', 'mission must be the id of one missions document, not the text "nope".'],
    [{ topics: 'not-a-list' }, 'topics', 'topics must be a list of ids of topics documents, not the text "not-a-list".'],
    [{ owner: 'id-1' }, 'owner', 'owner must be { "relationTo": one of missions, users, "value": an id }, not the text "id-1".'],
    [{ owner: { relationTo: 'media', value: 'id-1' } }, 'owner', 'owner must be { "relationTo": one of missions, users, "value": an id }, not an object.'],
    [{ place: [1] }, 'place', 'place must be [longitude, latitude], not a list.'],
    [{ address: 'x' }, 'address', 'address must be an object of fields, not the text "x".'],
    [{ address: { street: 1 } }, 'address.street', 'address.street must be text, not the number 1.'],
    [{ rows: {} }, 'rows', 'rows must be a list of rows, not an object.'],
    [{ rows: ['x'] }, 'rows.0', 'rows.0 must be an object of fields, not the text "x".'],
    [{ rows: [{ image: ['id-1'] }] }, 'rows.0.image', 'rows.0.image must be the id of one media document, not a list.'],
    [{ layout: [{ blockType: 'video' }] }, 'layout.0', 'layout.0 must be a block of a known type, not an object.'],
    [{ layout: [{ blockType: 'quote', text: {} }] }, 'layout.0.text', 'layout.0.text must be text, not an object.'],
  ])('%j: %s', (data, path, message) => {
    expect(problems(data)).toEqual([{ path, message }])
  })

  it('checks each language of a localized value written for all locales at once', () => {
    expect(problems({ title: { es: 'T', en: 'T' } }, { allLocales: true })).toEqual([])
    expect(problems({ title: { es: 'T', en: 7 } }, { allLocales: true })).toEqual([{ path: 'title.en', message: 'title.en must be text, not the number 7.' }])
    expect(problems({ title: { es: 'T' } })).toEqual([{ path: 'title', message: 'title must be text, not an object.' }])
  })
})
