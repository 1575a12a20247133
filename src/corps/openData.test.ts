import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { CORPS_CSV_COLUMNS, corpsRecords, planCorpsData } from './openData'

const doc = (id: string, over: Record<string, unknown>) => ({
  id, kind: 'embassy', address: { city: 'Quito' }, head: {}, socialAccounts: [], sampleData: false, updatedAt: '2026-01-01T00:00:00.000Z', ...over,
})

const DOCS = [
  doc('un', { kind: 'international-organisation', organisation: { es: 'Programa Mundial de Alimentos', en: 'World Food Programme' }, acronym: { es: 'PMA', en: 'WFP' } }),
  doc('cg', { kind: 'consulate-general', sendingState: 'ES', address: { city: 'Guayaquil', street: 'Calle 1, "bloque" B' }, head: { class: 'consul-general', credentialsDate: '2020-01-01T15:00:00.000Z' } }),
  doc('mx', {
    sendingState: 'MX', head: { name: 'Ana Ejemplo', title: { es: 'Embajadora', en: 'Ambassador' }, class: 'ambassador', credentialsDate: '2024-02-01T15:00:00.000Z' },
    socialAccounts: [{ platform: { slug: 'x', name: 'X' }, url: 'https://x.com/EmbaMexEcu', handle: '@EmbaMexEcu' }, { platform: { slug: 'facebook', name: 'Facebook' }, url: 'https://www.facebook.com/EmbaMexEcu' }],
    nationalDay: '09-16', email: 'embamex@example.org', updatedAt: '2026-02-01T00:00:00.000Z',
  }),
  doc('ru', { sendingState: 'RU', head: { class: 'ambassador', credentialsDate: '2019-02-01T15:00:00.000Z' } }),
]

describe('the accredited corps as open data', () => {
  it('lists the diplomatic corps in precedence, then the consular corps, then organisations, with Spanish texts and every name of an organisation', () => {
    const records = corpsRecords(DOCS)
    expect(records.map((r) => [r.id, r.corps, r.precedence])).toEqual([['ru', 'diplomatic', 1], ['mx', 'diplomatic', 2], ['cg', 'consular', 1], ['un', 'organisations', null]])
    expect(records[1]).toMatchObject({ sendingStateName: 'México', headTitle: 'Embajadora', headClass: 'ambassador', nationalDay: '09-16', socialAccounts: ['https://x.com/EmbaMexEcu', 'https://www.facebook.com/EmbaMexEcu'] })
    expect(records[3]).toMatchObject({ organisation: 'Programa Mundial de Alimentos', organisationNames: { es: 'Programa Mundial de Alimentos', en: 'World Food Programme' }, acronym: 'PMA', sendingState: null })
  })

  it('writes JSON and CSV that real parsers read back with the documented fields', () => {
    const [json, csv] = planCorpsData(DOCS, { baseUrl: 'https://www.cancilleria.example.gob.ec/', publisher: 'Cancillería' })
    const parsed = JSON.parse(String(json!.contents))
    expect(parsed).toMatchObject({ publisher: 'Cancillería', homepage: 'https://www.cancilleria.example.gob.ec/', modified: '2026-02-01T00:00:00.000Z' })
    expect(parsed.entries).toHaveLength(4)
    const rows = parse(String(csv!.contents), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0]!)).toEqual([...CORPS_CSV_COLUMNS])
    expect(rows.map((r) => r.id)).toEqual(['ru', 'mx', 'cg', 'un'])
    expect(rows[2]!.street).toBe('Calle 1, "bloque" B')
    expect(rows[1]!.socialAccounts).toBe('https://x.com/EmbaMexEcu https://www.facebook.com/EmbaMexEcu')
    expect(rows[3]!.precedence).toBe('')
  })
})
