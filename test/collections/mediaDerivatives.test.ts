import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_SHAPES, avifSizeName } from '../../collections/Media'
import { imageView, mediaFilenames } from '../../src/content/images'
import type { Media } from '../../src/payload-types'
import { missingAvifSizes } from '../../src/seed/derivatives'
import { IMAGES } from '../../src/seed/data/media'
import { renderBanner } from '../../src/seed/images'
import { emptyRefs } from '../../src/seed/refs'
import { emptyReport } from '../../src/seed/report'
import { seedMedia } from '../../src/seed/steps/media'
import { picture } from '../../templates/components/picture'
import { absoluteLinker } from '../../templates/layout/links'
import { startTestPayload, type TestPayload } from '../support/testPayload'

let t: TestPayload
let payload: Payload
let mediaDir: string
/** Every sharp pipeline Payload opens goes through this count: encoding anything means calling it. */
let sharpCalls = 0

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  mediaDir = path.join(t.dataDir, 'media')
  const real = payload.config.sharp!
  payload.config.sharp = ((...args: Parameters<typeof real>) => {
    sharpCalls += 1
    return real(...args)
  }) as typeof real
}, 60_000)
afterAll(async () => {
  await t?.close()
})

type FileState = { ino: number; mtimeMs: number; size: number; sha256: string }
const fileState = (filename: string): FileState => {
  const file = path.join(mediaDir, filename)
  const stat = fs.statSync(file)
  return { ino: stat.ino, mtimeMs: stat.mtimeMs, size: stat.size, sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex') }
}
const filesOf = (doc: Media): string[] => [
  doc.filename!,
  ...Object.values(doc.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : [])),
]
const filesState = (doc: Media) => Object.fromEntries(filesOf(doc).map((f) => [f, fileState(f)]))
const sizesOf = (doc: Media) => doc.sizes as Record<string, { filename?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }>
/** Long enough for any rewrite to show in mtime on every file system this runs on. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 50))

const bannerFile = async (name: string, background = '#034ea2') => {
  const data = await renderBanner({ background, foreground: '#ffffff', caption: name })
  return { data, mimetype: 'image/png', name, size: data.length }
}
const upload = async (name: string, background?: string) =>
  payload.create({ collection: 'media', data: { alt: `Ilustración ${name}`, credit: 'Pruebas' }, file: await bannerFile(name, background), depth: 0 })
const reread = (id: string) => payload.findByID({ collection: 'media', id, depth: 0 })

describe('media derivatives: encoding', () => {
  it('makes every shape in WebP and in AVIF, real files of the stated format and size', async () => {
    const before = sharpCalls
    const started = performance.now()
    const doc = await upload('escudo.png')
    console.info(`one 1600×900 upload with ${MEDIA_SHAPES.length} shapes × 2 formats: ${((performance.now() - started) / 1000).toFixed(2)} s`)
    expect(sharpCalls).toBeGreaterThan(before)
    const sizes = sizesOf(doc)
    for (const shape of MEDIA_SHAPES) {
      const webp = sizes[shape]
      const avif = sizes[avifSizeName(shape)]
      expect(webp?.mimeType, shape).toBe('image/webp')
      expect(avif?.mimeType, shape).toBe('image/avif')
      expect([avif?.width, avif?.height], shape).toEqual([webp?.width, webp?.height])
      for (const [size, format] of [[webp, 'webp'], [avif, 'heif']] as const) {
        const meta = await sharp(path.join(mediaDir, size!.filename!)).metadata()
        expect([meta.format, meta.width, meta.height], size!.filename!).toEqual([format, size!.width, size!.height])
        if (format === 'heif') expect(meta.compression).toBe('av1')
      }
    }
    expect([sizes.thumbnail, sizes.card, sizes.hero].map((size) => [size.width, size.height])).toEqual([[400, 225], [800, 450], [1600, 900]])
    expect(missingAvifSizes(doc)).toEqual([])
  }, 60_000)
})

describe('media derivatives: on a page', () => {
  it('become a <picture> with AVIF, then WebP, then the sized original, every file of it on disk', async () => {
    const doc = await upload('oficina.png')
    const base = 'https://example.gob.ec/madrid/'
    const view = imageView(doc, 'Oficina consular', base)!
    const markup = picture(view, absoluteLinker(base), { lazy: true }).toString()
    const media = `${base}assets/media/`
    const name = (size: string) => sizesOf(doc)[size].filename
    expect(markup).toBe(
      `<picture><source type="image/avif" srcset="${media}${name('thumbnailAvif')} 400w, ${media}${name('cardAvif')} 800w, ${media}${name('heroAvif')} 1600w" sizes="(max-width: 66rem) 100vw, 66rem">` +
        `<source type="image/webp" srcset="${media}${name('thumbnail')} 400w, ${media}${name('card')} 800w, ${media}${name('hero')} 1600w" sizes="(max-width: 66rem) 100vw, 66rem">` +
        `<img src="${media}oficina.png" width="1600" height="900" alt="Oficina consular" loading="lazy" decoding="async"></picture>`,
    )
    const files = mediaFilenames(doc)
    expect(files).toHaveLength(7)
    for (const file of files) expect(fs.existsSync(path.join(mediaDir, file)), file).toBe(true)
  }, 60_000)
})

describe('media derivatives: reused, never re-encoded, when the source did not change', () => {
  it('leaves every file byte-identical, with the same inode and mtime, when alt text and credit change', async () => {
    const doc = await upload('fachada.png')
    const files = filesState(doc)
    const listing = fs.readdirSync(mediaDir).sort()
    await pause()
    const before = sharpCalls
    await payload.update({ collection: 'media', id: doc.id, locale: 'es', data: { alt: 'Fachada de la embajada', credit: 'Embajada en Madrid' }, depth: 0 })
    await payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: 'Front of the embassy' }, depth: 0 })
    // What the admin sends on save: the whole document back, file fields and focal point included.
    const { id: _id, createdAt: _c, updatedAt: _u, ...wholeDocument } = await reread(doc.id)
    await payload.update({ collection: 'media', id: doc.id, locale: 'es', data: { ...wholeDocument, alt: 'Fachada principal de la embajada' }, depth: 0 })

    expect(sharpCalls).toBe(before)
    const after = await reread(doc.id)
    expect(after.alt).toBe('Fachada principal de la embajada')
    expect(after.credit).toBe('Embajada en Madrid')
    expect(after.sizes).toEqual(doc.sizes)
    expect(filesState(after)).toEqual(files)
    expect(fs.readdirSync(mediaDir).sort()).toEqual(listing)
  }, 60_000)

  it('does not encode anything when the seed runs again on an existing database', async () => {
    const context = () => ({ payload, report: emptyReport(), refs: emptyRefs(), now: new Date(), passwords: {} })
    const first = context()
    await seedMedia(first)
    expect(first.report.created.media).toBe(IMAGES.length)
    const seeded = await Promise.all([...first.refs.images.values()].map(reread))
    for (const doc of seeded) expect(missingAvifSizes(doc), doc.filename!).toEqual([])
    const files = Object.assign({}, ...seeded.map(filesState))
    await pause()

    const before = sharpCalls
    const second = context()
    await seedMedia(second)
    expect(sharpCalls).toBe(before)
    expect(second.report).toMatchObject({ created: { media: 0 }, unchanged: { media: IMAGES.length } })
    expect([...second.refs.images.entries()]).toEqual([...first.refs.images.entries()])
    const again = await Promise.all([...second.refs.images.values()].map(reread))
    expect(again.map((doc) => doc.sizes)).toEqual(seeded.map((doc) => doc.sizes))
    expect(Object.assign({}, ...again.map(filesState))).toEqual(files)
  }, 120_000)

  it('gives an image uploaded before AVIF its AVIF sizes on the next seed, once, keeping the original', async () => {
    const seed = () => seedMedia({ payload, report: emptyReport(), refs: emptyRefs(), now: new Date(), passwords: {} })
    await seed() // the demo images exist (this file's previous test or this call creates them)
    const image = IMAGES[0]
    const { docs: [current] } = await payload.find({ collection: 'media', where: { filename: { equals: image.filename } }, depth: 0 })
    // Make it look like an upload from before AVIF was configured: no AVIF size, no AVIF file.
    for (const shape of MEDIA_SHAPES) fs.rmSync(path.join(mediaDir, sizesOf(current)[avifSizeName(shape)].filename!))
    const emptySize = { url: null, width: null, height: null, mimeType: null, filesize: null, filename: null }
    const legacy = await payload.update({
      collection: 'media', id: current.id, depth: 0,
      data: { sizes: Object.fromEntries(MEDIA_SHAPES.map((shape) => [avifSizeName(shape), emptySize])) } as never,
    })
    expect(missingAvifSizes(legacy)).toEqual(MEDIA_SHAPES.map(avifSizeName))
    const original = fileState(legacy.filename!)

    await seed()
    const completed = await reread(current.id)
    expect(missingAvifSizes(completed)).toEqual([])
    expect(completed.filename).toBe(image.filename)
    expect(fileState(completed.filename!).sha256).toBe(original.sha256)
    for (const shape of MEDIA_SHAPES) {
      const avif = sizesOf(completed)[avifSizeName(shape)]
      expect((await sharp(path.join(mediaDir, avif.filename!)).metadata()).format).toBe('heif')
    }

    const files = filesState(completed)
    await pause()
    const before = sharpCalls
    await seed()
    expect(sharpCalls).toBe(before)
    expect(filesState(await reread(current.id))).toEqual(files)
  }, 120_000)
})

describe('media derivatives: a new upload', () => {
  it('derives new files from a new file on the same document, and removes the old ones', async () => {
    const doc = await upload('sede.png', '#034ea2')
    const old = filesState(doc)
    const before = sharpCalls
    const replaced = await payload.update({ collection: 'media', id: doc.id, data: {}, file: await bannerFile('sede.png', '#ed1c24'), depth: 0 })
    expect(sharpCalls).toBeGreaterThan(before)
    expect(missingAvifSizes(replaced)).toEqual([])
    const fresh = filesState(replaced)
    expect(Object.keys(fresh)).toHaveLength(Object.keys(old).length)
    const oldHashes = new Set(Object.values(old).map((f) => f.sha256))
    for (const [name, state] of Object.entries(fresh)) expect(oldHashes.has(state.sha256), name).toBe(false)
    for (const name of Object.keys(old).filter((n) => !(n in fresh))) expect(fs.existsSync(path.join(mediaDir, name)), name).toBe(false)
  }, 60_000)

  it('derives a second image’s files without touching the first one’s', async () => {
    const first = await upload('consulado.png', '#1b7a3e')
    const files = filesState(first)
    await pause()
    const second = await upload('consulado.png', '#ffdd00')
    expect(second.filename).not.toBe(first.filename)
    expect(filesOf(second).filter((f) => filesOf(first).includes(f))).toEqual([])
    expect(missingAvifSizes(second)).toEqual([])
    expect(filesState(await reread(first.id))).toEqual(files)
  }, 60_000)
})
