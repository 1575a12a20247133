import { describe, expect, it } from 'vitest'

import { graftIds } from './graftIds'

describe('graftIds', () => {
  it('copies the ids of saved array rows, nested arrays and groups included, by position', () => {
    const saved = {
      title: 'Embajada',
      offices: [{ id: 'o1', name: 'Cancillería', address: { street: 'x' }, phones: [{ id: 'p1', label: 'Centralita' }] }],
    }
    const translation = { title: 'Embassy', offices: [{ name: 'Chancery', address: { street: 'x' }, phones: [{ label: 'Switchboard' }] }] }
    expect(graftIds(translation, saved)).toEqual({
      title: 'Embassy',
      offices: [{ id: 'o1', name: 'Chancery', address: { street: 'x' }, phones: [{ id: 'p1', label: 'Switchboard' }] }],
    })
  })

  it('leaves rows without a saved counterpart, scalars and rich text untouched', () => {
    const body = { root: { children: [{ type: 'paragraph', children: [] }] } }
    expect(graftIds({ rows: [{ a: 1 }, { a: 2 }], body, days: ['mon'] }, { rows: [{ id: 'r1', a: 1 }], body: null, days: ['tue'] })).toEqual({
      rows: [{ id: 'r1', a: 1 }, { a: 2 }],
      body,
      days: ['mon'],
    })
  })
})
