import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CORPS_COLLECTION } from '../../src/corps/loadCorps'
import { corpsViews } from '../../src/corps/corpsView'
import { loadAccreditedCorps } from '../../src/corps/loadCorps'
import { orderOfPrecedence } from '../../src/corps/precedence'
import type { SeedContext } from '../../src/seed/context'
import { emptyRefs } from '../../src/seed/refs'
import { emptyReport } from '../../src/seed/report'
import { seedCorps } from '../../src/seed/steps/corps'
import { seedPlatforms } from '../../src/seed/steps/platforms'
import { startTestPayload, type TestPayload } from '../support/testPayload'

type Doc = Record<string, any>

let t: TestPayload
let payload: Payload
let context: SeedContext

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  context = { payload, report: emptyReport(), refs: emptyRefs(), now: new Date('2026-06-15T12:00:00.000Z'), passwords: {} }
  await seedPlatforms(context)
  await seedCorps(context)
}, 120_000)

afterAll(async () => {
  await t?.close()
})

describe('the demo’s accredited corps', () => {
  it('publishes the embassies of Mexico, Russia and Spain in Quito, Sweden’s consulate, Spain’s consulate-general in Guayaquil and three UN offices, all marked as sample data', async () => {
    const { docs } = await payload.find({ collection: CORPS_COLLECTION, pagination: false, depth: 0, locale: 'all' })
    const entries = docs as unknown as Doc[]
    const keys = entries.map((d) => `${d.kind} ${d.sendingState ?? d.acronym.es} ${d.address.city}`).sort()
    expect(keys).toEqual([
      'consulate-general ES Guayaquil',
      'embassy ES Quito', 'embassy MX Quito', 'embassy RU Quito',
      'honorary-consulate SE Quito',
      'international-organisation ACNUR Quito', 'international-organisation PMA Quito', 'international-organisation PNUD Quito',
    ])
    for (const d of entries) {
      expect(d._status, d.listName).toBe('published')
      expect(d.sampleData, d.listName).toBe(true)
      expect(d.email, d.listName).toMatch(/@example\.org$/)
      expect(d.phone, d.listName).toMatch(/ 555 /)
      expect(d.address.street, d.listName).toMatch(/\(sample data\)$/)
    }
    // National days are public facts.
    const day = (state: string) => entries.find((d) => d.sendingState === state && d.kind !== 'consulate-general')!.nationalDay
    expect([day('MX'), day('RU'), day('ES'), day('SE')]).toEqual(['09-16', '06-12', '10-12', '06-06'])
    const undp = entries.find((d) => d.acronym?.es === 'PNUD')!
    expect(undp.organisation).toMatchObject({ es: 'Programa de las Naciones Unidas para el Desarrollo', en: 'United Nations Development Programme', zh: '联合国开发计划署' })
  })

  it('stores every account in its platform’s canonical form, whatever form the data gives', async () => {
    const { docs } = await payload.find({ collection: CORPS_COLLECTION, pagination: false, depth: 0 })
    const urls = (docs as unknown as Doc[]).flatMap((d) => d.socialAccounts.map((a: Doc) => a.url)).sort()
    expect(urls).toEqual([
      'https://www.facebook.com/EmbajadaRusiaEjemplo',
      'https://www.instagram.com/embespana.ejemplo/',
      'https://x.com/CGEspGYE_Ejem',
      'https://x.com/EmbEsp_Ejemplo',
      'https://x.com/EmbRusia_Ejem',
      'https://x.com/EmbaMX_Ejemplo',
      'https://x.com/PNUD_Ejemplo',
    ])
  })

  it('orders the demo’s corps: Russia, Spain, Mexico by credentials; Spain’s career consulate-general before Sweden’s honorary consul', async () => {
    const raw = await loadAccreditedCorps(payload, [])
    const { diplomatic, consular } = orderOfPrecedence(corpsViews(raw, 'es'))
    expect(diplomatic.map((r) => r.entry.sendingState)).toEqual(['RU', 'ES', 'MX'])
    expect(consular.map((r) => `${r.entry.sendingState} ${r.entry.kind}`)).toEqual(['ES consulate-general', 'SE honorary-consulate'])
  })

  it('creates nothing and changes nothing on a second run', async () => {
    const before = ((await payload.find({ collection: CORPS_COLLECTION, pagination: false, depth: 0 })).docs as unknown as Doc[]).map((d) => [d.id, d.updatedAt])
    const again = { ...context, report: emptyReport() }
    await seedCorps(again)
    expect(again.report.created[CORPS_COLLECTION] ?? 0).toBe(0)
    expect(again.report.unchanged[CORPS_COLLECTION]).toBe(8)
    const after = ((await payload.find({ collection: CORPS_COLLECTION, pagination: false, depth: 0 })).docs as unknown as Doc[]).map((d) => [d.id, d.updatedAt])
    expect(after).toEqual(before)
  })
})
