import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../support/testPayload'
import { expectFieldError, fieldErrors } from './helpers/rejection'
import { expectStoredDataIntact, readStored } from './helpers/storedData'

let t: TestPayload
let png: Buffer

beforeAll(async () => {
  t = await startTestPayload()
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0b3d91' } }).png().toBuffer()
})
afterAll(async () => {
  await t?.close()
})

const pngFile = (name: string) => ({ data: png, mimetype: 'image/png', name, size: png.length })
const upload = (alt: unknown, name = 'bandera.png', file = pngFile(name)) =>
  t.payload.create({ collection: 'media', data: { alt } as never, file, depth: 0 })
const storedFiles = () => {
  const dir = path.join(t.dataDir, 'media')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('media: a good image', () => {
  it('is stored with its alt text in Spanish and English and resized to webp', async () => {
    const created = await upload('Bandera del Ecuador en la embajada', 'bandera.png')
    await t.payload.update({ collection: 'media', id: created.id, locale: 'en', data: { alt: 'Flag of Ecuador at the embassy' } })
    expect(await readStored(t.payload, 'media', created.id)).toMatchObject({
      alt: { es: 'Bandera del Ecuador en la embajada', en: 'Flag of Ecuador at the embassy' },
      mimeType: 'image/png', width: 64, height: 48, filename: 'bandera.png',
    })
    expect(storedFiles()).toContain('bandera.png')
    expect(created.sizes?.hero?.mimeType).toBe('image/webp')
  })
})

describe('media: alt text', () => {
  it.each([
    ['no alt text', undefined],
    ['empty alt text', ''],
    ['alt text of two letters', 'ab'],
    ['alt text of spaces around one letter', '  a  '],
  ])('refuses %s, saying screen readers need it', async (_, alt) => {
    await expectFieldError(upload(alt, 'sin-alt.png'), 'alt', /Describe the image in a few words \(at least 3 characters\); screen readers read this aloud/)
  })

  it('refuses too short an alt text in English and leaves both languages and the file intact', async () => {
    const created = await upload('Fachada de la embajada', 'fachada.png')
    await t.payload.update({ collection: 'media', id: created.id, locale: 'en', data: { alt: 'Front of the embassy' } })
    await expectStoredDataIntact(t.payload, 'media', created.id, () =>
      expectFieldError(t.payload.update({ collection: 'media', id: created.id, locale: 'en', data: { alt: 'x' } }), 'alt', /at least 3 characters/),
    )
    expect(storedFiles()).toContain('fachada.png')
  })
})

describe('media: only images', () => {
  it.each([
    ['a text file', Buffer.from('not an image\n'), 'text/plain', 'nota.txt'],
    ['a text file named .png', Buffer.from('not an image\n'), 'image/png', 'falsa.png'],
    ['a PDF named .png', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), 'image/png', 'documento.png'],
  ])('refuses %s, names the file, and stores nothing', async (_, data, mimetype, name) => {
    const before = (await t.payload.count({ collection: 'media' })).totalDocs
    const errors = await fieldErrors(upload('Un documento', name, { data, mimetype, name, size: data.length }))
    expect(errors).toHaveLength(1)
    expect(errors[0].path).toBe('file')
    expect(errors[0].message).toMatch(/not allowed|Invalid MIME type/)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    expect(storedFiles()).not.toContain(name)
  })
})
