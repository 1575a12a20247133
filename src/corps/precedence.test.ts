import { describe, expect, it } from 'vitest'

import { orderOfPrecedence, precedencePositions } from './precedence'
import { entry } from './testEntries'

const ids = (list: { entry: { id: string } }[]) => list.map((r) => r.entry.id)

describe('the order of precedence of the diplomatic corps', () => {
  it('ranks ambassadors by the date they presented credentials, earliest first, whatever the stored order', () => {
    const list = orderOfPrecedence([
      entry('mx', { sendingState: 'MX', head: { class: 'ambassador', credentialsDate: '2024-05-10T15:00:00.000Z' } }),
      entry('ru', { sendingState: 'RU', head: { class: 'ambassador', credentialsDate: '2019-11-21T15:00:00.000Z' } }),
      entry('es', { sendingState: 'ES', head: { class: 'ambassador', credentialsDate: '2022-03-02T15:00:00.000Z' } }),
    ])
    expect(ids(list.diplomatic)).toEqual(['ru', 'es', 'mx'])
    expect(list.diplomatic.map((r) => r.position)).toEqual([1, 2, 3])
  })

  it('puts every ambassador before any envoy, every envoy before chargés d’affaires en pied, and those before chargés ad interim, however old their dates', () => {
    const list = orderOfPrecedence([
      entry('ai', { sendingState: 'AR', head: { class: 'charge-d-affaires-ai', credentialsDate: '2001-01-01T00:00:00.000Z' } }),
      entry('pied', { sendingState: 'BR', head: { class: 'charge-d-affaires', credentialsDate: '2005-01-01T00:00:00.000Z' } }),
      entry('envoy', { sendingState: 'CL', head: { class: 'envoy', credentialsDate: '2010-01-01T00:00:00.000Z' } }),
      entry('amb', { sendingState: 'DE', head: { class: 'ambassador', credentialsDate: '2025-01-01T00:00:00.000Z' } }),
    ])
    expect(ids(list.diplomatic)).toEqual(['amb', 'envoy', 'pied', 'ai'])
  })

  it('orders heads received the same day by the time of their audience', () => {
    const list = orderOfPrecedence([
      entry('late', { sendingState: 'AT', head: { class: 'ambassador', credentialsDate: '2025-04-08T16:30:00.000Z' } }),
      entry('early', { sendingState: 'ZA', head: { class: 'ambassador', credentialsDate: '2025-04-08T15:00:00.000Z' } }),
    ])
    expect(ids(list.diplomatic)).toEqual(['early', 'late'])
  })

  it('breaks an exact tie by the sending state’s ISO code, an organisation after states, then by id, so every build and language agrees', () => {
    const at = '2025-04-08T15:00:00.000Z'
    const tied = [
      entry('eu', { kind: 'delegation', organisation: 'Unión Europea', head: { class: 'ambassador', credentialsDate: at } }),
      entry('se', { sendingState: 'SE', head: { class: 'ambassador', credentialsDate: at } }),
      entry('de', { sendingState: 'DE', head: { class: 'ambassador', credentialsDate: at } }),
    ]
    expect(ids(orderOfPrecedence(tied).diplomatic)).toEqual(['de', 'se', 'eu'])
    expect(ids(orderOfPrecedence([...tied].reverse()).diplomatic)).toEqual(['de', 'se', 'eu'])
  })

  it('ranks a head whose date or class is not stated after those whose are', () => {
    const list = orderOfPrecedence([
      entry('no-class', { sendingState: 'AR' }),
      entry('no-date', { sendingState: 'BR', head: { class: 'ambassador' } }),
      entry('dated', { sendingState: 'CL', head: { class: 'ambassador', credentialsDate: '2025-01-01T00:00:00.000Z' } }),
      entry('envoy', { sendingState: 'DE', head: { class: 'envoy', credentialsDate: '2020-01-01T00:00:00.000Z' } }),
    ])
    expect(ids(list.diplomatic)).toEqual(['dated', 'no-date', 'envoy', 'no-class'])
  })

  it('counts a consular class at an embassy’s head as unstated rather than ranking it among ambassadors', () => {
    const list = orderOfPrecedence([
      entry('wrong', { sendingState: 'AR', head: { class: 'consul-general', credentialsDate: '1990-01-01T00:00:00.000Z' } }),
      entry('amb', { sendingState: 'BR', head: { class: 'charge-d-affaires-ai', credentialsDate: '2025-01-01T00:00:00.000Z' } }),
    ])
    expect(ids(list.diplomatic)).toEqual(['amb', 'wrong'])
  })
})

describe('the order of precedence of the consular corps', () => {
  const consulate = (id: string, kind: 'consulate-general' | 'consulate' | 'honorary-consulate', cls: 'consul-general' | 'consul' | 'vice-consul', date: string, state = 'ES', city = 'Guayaquil') =>
    entry(id, { kind, corps: 'consular', sendingState: state, address: { street: '', postalCode: '', city }, head: { class: cls, credentialsDate: date } })

  it('is a list apart from the diplomatic corps, by class, career before honorary within a class, then by the exequatur’s date', () => {
    const list = orderOfPrecedence([
      consulate('hon-cg', 'honorary-consulate', 'consul-general', '2000-01-01T00:00:00.000Z', 'IT'),
      consulate('career-c', 'consulate', 'consul', '2001-01-01T00:00:00.000Z', 'FR'),
      consulate('career-cg-new', 'consulate-general', 'consul-general', '2024-01-01T00:00:00.000Z', 'ES'),
      consulate('career-cg-old', 'consulate-general', 'consul-general', '2018-01-01T00:00:00.000Z', 'CO'),
      consulate('hon-c', 'honorary-consulate', 'consul', '1995-01-01T00:00:00.000Z', 'SE', 'Quito'),
      entry('embassy', { sendingState: 'MX', head: { class: 'ambassador', credentialsDate: '2024-01-01T00:00:00.000Z' } }),
    ])
    expect(ids(list.consular)).toEqual(['career-cg-old', 'career-cg-new', 'hon-cg', 'career-c', 'hon-c'])
    expect(ids(list.diplomatic)).toEqual(['embassy'])
  })

  it('orders one state’s posts granted the same day by city', () => {
    const day = '2023-05-05T15:00:00.000Z'
    const list = orderOfPrecedence([consulate('gye', 'consulate', 'consul', day, 'ES', 'Guayaquil'), consulate('cue', 'consulate', 'consul', day, 'ES', 'Cuenca')])
    expect(ids(list.consular)).toEqual(['cue', 'gye'])
  })
})

describe('precedence positions', () => {
  it('numbers each corps from 1 and gives organisations none', () => {
    const positions = precedencePositions([
      entry('amb', { sendingState: 'MX', head: { class: 'ambassador', credentialsDate: '2024-01-01T00:00:00.000Z' } }),
      entry('cg', { kind: 'consulate-general', corps: 'consular', sendingState: 'ES', head: { class: 'consul-general' } }),
      entry('un', { kind: 'international-organisation', corps: 'organisations', organisation: 'PNUD' }),
    ])
    expect(Object.fromEntries(positions)).toEqual({ amb: 1, cg: 1 })
  })
})
