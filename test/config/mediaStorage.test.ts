import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fetchMissingMedia } from '../../src/build/mediaFromBucket'
import { createConfig } from '../../src/config/createConfig'
import { mediaStorage } from '../../src/config/mediaStorage'
import { renderBanner } from '../../src/seed/images'
import { withoutJobRunner } from '../support/restRequest'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startLocalS3, type LocalS3 } from '../support/s3'
import { TEST_SECRET } from '../support/testPayload'
import { withSchemaPush } from '../support/forcedSchemaPush'

const BUCKET = 'chancery-media'

let s3: LocalS3
let payload: Payload
let dataDir: string
let env: Record<string, string>
let restoreJobs: () => void
let s3Stopped = false

beforeAll(async () => {
  restoreJobs = withoutJobRunner()
  s3 = await startLocalS3([BUCKET])
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-media-s3-'))
  env = { ...s3.env, S3_BUCKET: BUCKET }
  // Its own database, pushed from the configuration with the bucket: the schema the plugin gives.
  const config = createConfig({ DATABASE_URL: `file:${path.join(dataDir, 'test.db')}`, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: dataDir, NODE_ENV: 'test', ...env })
  payload = await withSchemaPush(() => getPayload({ config, key: dataDir }))
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  if (!s3Stopped) await s3?.stop()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  restoreJobs?.()
})

/** GET /api/media/file/<name> as the Next route answers it (the same handleEndpoints). */
async function fileRoute(name: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | null; etag: string | null; bytes: Buffer }> {
  const pathname = `/api/media/file/${encodeURIComponent(name)}`
  const response = await handleEndpoints({ config: payload.config, path: pathname, request: new Request(`http://localhost${pathname}`, { headers }), payloadInstanceCacheKey: dataDir })
  return { status: response.status, type: response.headers.get('content-type'), etag: response.headers.get('etag'), bytes: Buffer.from(await response.arrayBuffer()) }
}

const filesOf = (doc: { filename?: string | null; sizes?: unknown }) =>
  [doc.filename!, ...Object.values(doc.sizes as Record<string, { filename?: string | null }>).map((size) => size.filename!)].sort()

describe('media on S3-compatible storage (S3_BUCKET, s3rver on loopback)', () => {
  it('keeps no plugin and local files when S3_BUCKET is unset', () => {
    expect(mediaStorage({})).toEqual([])
    expect(mediaStorage({ S3_BUCKET: '  ' })).toEqual([])
  })

  it('stores the original and every size in the bucket, serves each through /api/media/file, and deletes them all with the document', async () => {
    const png = await renderBanner({ background: '#034ea2', foreground: '#ffffff', caption: 'Cancillería' })
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Fachada de la cancillería' },
      file: { data: png, mimetype: 'image/png', name: 'cancilleria.png', size: png.length },
      depth: 0,
    })
    const files = filesOf(doc)
    // The original and three shapes in WebP and AVIF.
    expect(files).toHaveLength(7)

    const stored = await s3.objects(BUCKET)
    expect([...stored.keys()]).toEqual(files)
    expect(stored.get('cancilleria.png')).toEqual(png)
    // Nothing was written to the local folder.
    expect(fs.existsSync(path.join(dataDir, 'media')) ? fs.readdirSync(path.join(dataDir, 'media')) : []).toEqual([])

    for (const name of files) {
      const served = await fileRoute(name)
      expect(served.status, name).toBe(200)
      expect(served.bytes.equals(stored.get(name)!), name).toBe(true)
      expect(served.type, name).toBe(name.endsWith('.png') ? 'image/png' : name.endsWith('.webp') ? 'image/webp' : 'image/avif')
    }

    // Revalidation and ranges, as browsers and the admin's image previews ask.
    const original = await fileRoute('cancilleria.png')
    expect(original.etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect((await fileRoute('cancilleria.png', { 'if-none-match': original.etag! })).status).toBe(304)
    const head = await fileRoute('cancilleria.png', { range: 'bytes=0-7' })
    expect([head.status, head.bytes]).toEqual([206, png.subarray(0, 8)])

    // A new file for the same document: its files replace the old ones in the bucket.
    const replacement = await renderBanner({ background: '#1f7a3a', foreground: '#ffffff', caption: 'Residencia' })
    const replaced = await payload.update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: { data: replacement, mimetype: 'image/png', name: 'residencia.png', size: replacement.length },
      depth: 0,
    })
    expect(await s3.keys(BUCKET)).toEqual(filesOf(replaced))
    expect((await fileRoute('cancilleria.png')).status).toBe(404)

    await payload.delete({ collection: 'media', id: doc.id })
    expect(await s3.keys(BUCKET)).toEqual([])
    expect((await fileRoute('residencia.png')).status).toBe(404)
  }, 120_000)

  it('brings the files a site build copies into DATA_DIR/media from the bucket, once', async () => {
    const png = await renderBanner({ background: '#7a1f1f', foreground: '#ffffff', caption: 'Consulado' })
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Entrada del consulado' },
      file: { data: png, mimetype: 'image/png', name: 'consulado.png', size: png.length },
      depth: 0,
    })
    const mediaDir = path.join(dataDir, 'build-cache')
    expect(await fetchMissingMedia(payload, mediaDir, env)).toBe(7)
    const stored = await s3.objects(BUCKET)
    for (const name of filesOf(doc)) expect(fs.readFileSync(path.join(mediaDir, name)).equals(stored.get(name)!), name).toBe(true)
    expect(await fetchMissingMedia(payload, mediaDir, env)).toBe(0)
    // Without a bucket the build's folder is the upload folder itself: nothing to fetch.
    expect(await fetchMissingMedia(payload, path.join(dataDir, 'elsewhere'), {})).toBe(0)
    expect(fs.existsSync(path.join(dataDir, 'elsewhere'))).toBe(false)
  }, 120_000)

  it('a publish’s rebuild job copies the bucket’s files of the release’s image into the site', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-media-s3-sites-'))
    const restoreSitesDir = pointSitesDirAt(out)
    try {
      const png = await renderBanner({ background: '#5a3d8a', foreground: '#ffffff', caption: 'Embajada' })
      const image = await payload.create({
        collection: 'media',
        data: { alt: 'Fachada de la embajada' },
        file: { data: png, mimetype: 'image/png', name: 'embajada.png', size: png.length },
        depth: 0,
      })
      const mission = await payload.create({
        collection: 'missions',
        data: {
          name: 'Embajada en Madrid', slug: 'madrid', type: 'embassy', hostCountry: 'ES', city: 'Madrid',
          siteLocales: ['es'], defaultLocale: 'es', baseUrl: 'https://madrid.example.org', _status: 'published',
        } as never,
      })
      await payload.create({
        collection: 'press-releases', locale: 'es',
        data: { title: 'Nueva sede', slug: 'nueva-sede', summary: 'Resumen.', mission: mission.id, heroImage: image.id, _status: 'published' } as never,
      })
      // Rebuilds share one concurrency key: one runs per pass.
      for (let pass = 0; pass < 5; pass++) await payload.jobs.run({ silent: true })
      const { docs: failed } = await payload.find({ collection: 'payload-jobs' as never, where: { hasError: { equals: true } }, depth: 0, pagination: false })
      expect(failed.map((job) => (job as { error?: unknown }).error)).toEqual([])

      const copied = fs.readdirSync(path.join(out, 'madrid', 'assets', 'media'))
      expect(copied).toContain('embajada.png')
      const stored = await s3.objects(BUCKET)
      for (const name of copied) expect(fs.readFileSync(path.join(out, 'madrid', 'assets', 'media', name)).equals(stored.get(name)!), name).toBe(true)
      expect(fs.readFileSync(path.join(out, 'madrid', 'es', 'news', 'nueva-sede', 'index.html'), 'utf8')).toContain('embajada.png')
    } finally {
      restoreSitesDir()
      fs.rmSync(out, { recursive: true, force: true })
    }
  }, 180_000)

  it('refuses the save, leaving no document, when the bucket cannot be reached', async () => {
    const before = await payload.count({ collection: 'media' })
    await s3.stop()
    s3Stopped = true
    const png = await renderBanner({ background: '#333333', foreground: '#ffffff', caption: 'Sin conexión' })
    await expect(payload.create({
      collection: 'media',
      data: { alt: 'Imagen sin almacén' },
      file: { data: png, mimetype: 'image/png', name: 'sin-conexion.png', size: png.length },
      depth: 0,
    })).rejects.toThrow(/Storing s3:\/\/chancery-media\/sin-conexion[-.\w]* failed \(S3_BUCKET, S3_ENDPOINT\): connect ECONNREFUSED/)
    expect(await payload.count({ collection: 'media' })).toEqual(before)
  }, 120_000)
})
