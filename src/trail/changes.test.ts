import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { changedFields, SHORT_TEXT } from './changes'

const FIELDS: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'summary', type: 'textarea' },
  { name: 'body', type: 'richText' },
  { name: 'count', type: 'number' },
  { name: 'visible', type: 'checkbox' },
  { name: 'publishedAt', type: 'date' },
  { name: 'kind', type: 'select', options: ['a', 'b'] },
  { name: 'mission', type: 'relationship', relationTo: 'missions' },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  { type: 'row', fields: [{ name: 'city', type: 'text' }] },
  { name: 'head', type: 'group', fields: [{ name: 'name', type: 'text' }] },
  { type: 'tabs', tabs: [{ name: 'seo', fields: [{ name: 'description', type: 'text' }] }, { label: 'Plain', fields: [{ name: 'note', type: 'text' }] }] },
  { name: 'links', type: 'array', fields: [{ name: 'url', type: 'text' }] },
  { name: 'secret', type: 'text', hidden: true },
  { name: 'mimeType', type: 'text', admin: { hidden: true } },
  { name: 'filename', type: 'text', admin: { hidden: true } },
]

const keep = { keepValues: true }

describe('changed fields', () => {
  it('keeps before and after of short fields, named by their path through groups and named tabs', () => {
    const before = { title: 'Old', count: 1, visible: false, kind: 'a', city: 'Quito', head: { name: 'A' }, seo: { description: 'd1' }, note: 'n1' }
    const after = { title: 'New', count: 2, visible: true, kind: 'b', city: 'Lima', head: { name: 'B' }, seo: { description: 'd2' }, note: 'n2' }
    expect(changedFields(FIELDS, before, after, keep)).toEqual([
      { field: 'title', before: 'Old', after: 'New', omitted: null },
      { field: 'count', before: '1', after: '2', omitted: null },
      { field: 'visible', before: 'false', after: 'true', omitted: null },
      { field: 'kind', before: 'a', after: 'b', omitted: null },
      { field: 'city', before: 'Quito', after: 'Lima', omitted: null },
      { field: 'head.name', before: 'A', after: 'B', omitted: null },
      { field: 'seo.description', before: 'd1', after: 'd2', omitted: null },
      { field: 'note', before: 'n1', after: 'n2', omitted: null },
    ])
  })

  it('only names long text, rich text and lists as changed', () => {
    const long = 'x'.repeat(SHORT_TEXT + 1)
    const before = { summary: 'short', body: { root: { children: [{ text: 'a' }] } }, links: [{ url: 'https://a.example' }] }
    const after = { summary: long, body: { root: { children: [{ text: 'b' }] } }, links: [{ url: 'https://b.example' }] }
    expect(changedFields(FIELDS, before, after, keep)).toEqual([
      { field: 'summary', before: null, after: null, omitted: 'long text' },
      { field: 'body', before: null, after: null, omitted: 'rich text' },
      { field: 'links', before: null, after: null, omitted: 'list' },
    ])
  })

  it('compares relationships by id whether populated or not, and ignores what did not change', () => {
    const before = { mission: 'm1', topics: ['t1', 't2'], title: 'Same', summary: '' }
    const after = { mission: { id: 'm1', name: 'Embassy' }, topics: [{ id: 't1' }, { id: 't3' }], title: 'Same', summary: null }
    expect(changedFields(FIELDS, before, after, keep)).toEqual([
      { field: 'topics', before: '["t1","t2"]', after: '["t1","t3"]', omitted: null },
    ])
  })

  it('lists the filled-in fields of a new document with their first values', () => {
    expect(changedFields(FIELDS, null, { title: 'First', publishedAt: '2026-03-01T10:00:00.000Z', mission: 'm1' }, keep)).toEqual([
      { field: 'title', before: null, after: 'First', omitted: null },
      { field: 'publishedAt', before: null, after: '2026-03-01T10:00:00.000Z', omitted: null },
      { field: 'mission', before: null, after: 'm1', omitted: null },
    ])
  })

  it('names personal data without copying a value', () => {
    const changes = changedFields(FIELDS, { title: 'Ana Pérez', count: 1 }, { title: 'Ana P.', count: 2 }, { keepValues: false })
    expect(changes).toEqual([
      { field: 'title', before: null, after: null, omitted: 'personal data' },
      { field: 'count', before: null, after: null, omitted: 'personal data' },
    ])
    expect(JSON.stringify(changes)).not.toContain('Ana')
  })

  it('skips hidden fields and upload bookkeeping but shows a new file name', () => {
    const changes = changedFields(FIELDS, { secret: 'a', mimeType: 'image/png', filename: 'a.png' }, { secret: 'b', mimeType: 'image/jpeg', filename: 'b.jpg' }, keep)
    expect(changes).toEqual([{ field: 'filename', before: 'a.png', after: 'b.jpg', omitted: null }])
  })

  it('compares only the listed paths when asked to', () => {
    const changes = changedFields(FIELDS, { title: 'a', kind: 'a' }, { title: 'b', kind: 'b' }, { keepValues: true, only: ['kind'] })
    expect(changes.map((c) => c.field)).toEqual(['kind'])
  })
})
