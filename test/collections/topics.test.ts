import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { expectFieldError } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.close()
})

const createTopic = (slug: string, name = 'Cooperación') => t.payload.create({ collection: 'topics', data: { name, slug } })

describe('topics', () => {
  it('stores a topic and reads back its name in Spanish and English', async () => {
    const created = await createTopic('cooperacion')
    await t.payload.update({ collection: 'topics', id: created.id, locale: 'en', data: { name: 'Cooperation' } })
    expect(await readStored(t.payload, 'topics', created.id)).toMatchObject({
      slug: 'cooperacion', name: { es: 'Cooperación', en: 'Cooperation' },
    })
  })

  it.each(['Cultura', 'cultura y arte', 'cultura--arte'])('refuses the slug %j', async (slug) => {
    await expectFieldError(createTopic(slug), 'slug', /lower-case letters, digits and single hyphens only/)
  })

  it('refuses a topic without a name', async () => {
    await expectFieldError(createTopic('sin-nombre', ''), 'name', /required/i)
  })

  it('refuses a slug another topic uses, and a rename onto it, leaving both topics intact', async () => {
    const first = await createTopic('migracion', 'Migración')
    const second = await createTopic('comercio', 'Comercio')
    await t.payload.update({ collection: 'topics', id: second.id, locale: 'en', data: { name: 'Trade' } })
    await expectStoredDataIntact(t.payload, 'topics', first.id, () =>
      expectFieldError(createTopic('migracion', 'Otra'), 'slug', /unique/i),
    )
    await expectStoredDataIntact(t.payload, 'topics', second.id, () =>
      expectFieldError(
        t.payload.update({ collection: 'topics', id: second.id, locale: 'en', data: { slug: 'migracion', name: 'Migration' } }),
        'slug', /unique/i,
      ),
    )
  })
})
