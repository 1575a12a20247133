import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PREVIEW_BANNER_TEXT } from '../../src/preview/markAsPreview'
import { PreviewNotFoundError, PreviewUnauthorizedError, renderPreview } from '../../src/preview/renderPreview'
import { startNextServer, type RunningServer } from '../support/nextServer'
import { SEEDED_PASSWORDS, startSeededPayload } from '../support/seededNetwork'
import type { TestPayload } from '../support/testPayload'

const PASSWORDS = SEEDED_PASSWORDS
const OTHER_EDITOR = { email: 'cairo@chancery.example', password: 'cairo-editor-password-1' }
const SITES_URL = 'http://sites.test/sites/'

let t: TestPayload
let payload: Payload
let server: RunningServer | undefined
type User = Record<string, unknown> & { id: string }
const users: Record<'madrid' | 'cairo' | 'ministry', User> = {} as never
let draftRelease: { id: string; title: string }
let draftPage: { id: string; title: string; publishedTitle: string }
const previousAutorun = process.env.CHANCERY_AUTORUN_JOBS

async function userByEmail(email: string): Promise<User> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  return { ...docs[0], collection: 'users' } as unknown as User
}

beforeAll(async () => {
  t = await startSeededPayload()
  payload = t.payload
  const missions = await payload.find({ collection: 'missions', where: { slug: { in: ['madrid', 'cairo'] } }, depth: 0 })
  const id = (slug: string) => missions.docs.find((m) => m.slug === slug)!.id
  await payload.create({ collection: 'users', data: { ...OTHER_EDITOR, name: 'Cairo editor', role: 'mission-editor', missions: [id('cairo')] } })
  users.madrid = await userByEmail('madrid@chancery.example')
  users.cairo = await userByEmail(OTHER_EDITOR.email)
  users.ministry = await userByEmail('editor@chancery.example')

  // The Madrid editor writes a release that was never published, and a draft of a published page.
  const title = `Borrador: visita oficial <prevista> ${Date.now()}`
  const release = await payload.create({
    collection: 'press-releases', locale: 'es', draft: true, user: users.madrid, overrideAccess: false,
    data: { title, slug: `borrador-visita-${Date.now()}`, summary: 'Resumen del borrador.', mission: id('madrid'), _status: 'draft' },
  })
  draftRelease = { id: release.id, title }
  const { docs } = await payload.find({ collection: 'mission-pages', where: { and: [{ mission: { equals: id('madrid') } }, { kind: { equals: 'about' } }] }, locale: 'es', depth: 0 })
  const page = docs[0]
  const pageTitle = `Sobre la embajada (borrador ${Date.now()})`
  await payload.update({ collection: 'mission-pages', id: page.id, locale: 'es', draft: true, data: { title: pageTitle }, user: users.madrid, overrideAccess: false })
  draftPage = { id: page.id, title: pageTitle, publishedTitle: page.title }
}, 240_000)

afterAll(async () => {
  await server?.stop()
  await t?.close()
  if (previousAutorun === undefined) delete process.env.CHANCERY_AUTORUN_JOBS
  else process.env.CHANCERY_AUTORUN_JOBS = previousAutorun
})

const preview = (user: User | null, collection: string, id: string, locale = 'es') =>
  renderPreview(payload, { user: user as never, collection, id, locale, sitesUrl: SITES_URL })

describe('renderPreview', () => {
  it('shows the owning mission’s editor the draft release in the site template, marked as a preview and not indexable', async () => {
    const { html, mission, locale } = await preview(users.madrid, 'press-releases', draftRelease.id)
    expect(mission).toBe('madrid')
    expect(locale).toBe('es')
    expect(html).toContain('Borrador: visita oficial &lt;prevista&gt;')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain(PREVIEW_BANNER_TEXT)
    expect(html).toMatch(/<html lang="es" dir="ltr">/)
    expect(html).toContain(`<base href="${SITES_URL}madrid/es/news/`)
  })

  it('shows a draft of a published mission page instead of its published text', async () => {
    const { html } = await preview(users.madrid, 'mission-pages', draftPage.id)
    expect(html).toContain(draftPage.title)
    expect(html).not.toContain(`<h1>${draftPage.publishedTitle}</h1>`)
  })

  it('renders in a language the mission serves, and in its default one when asked for another', async () => {
    expect((await preview(users.madrid, 'press-releases', draftRelease.id, 'en')).html).toMatch(/<html lang="en"/)
    expect((await preview(users.madrid, 'press-releases', draftRelease.id, 'ar')).locale).toBe('es')
  })

  it('refuses another mission’s editor as if the draft did not exist', async () => {
    await expect(preview(users.cairo, 'press-releases', draftRelease.id)).rejects.toBeInstanceOf(PreviewNotFoundError)
    await expect(preview(users.cairo, 'press-releases', '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(PreviewNotFoundError)
  })

  it('refuses anyone not signed in, and collections without previews', async () => {
    await expect(preview(null, 'press-releases', draftRelease.id)).rejects.toBeInstanceOf(PreviewUnauthorizedError)
    await expect(preview(users.ministry, 'users', users.madrid.id)).rejects.toBeInstanceOf(PreviewNotFoundError)
  })

  it('the admin’s Preview button points at the preview route in the locale being edited', async () => {
    const generate = payload.collections['press-releases'].config.admin.preview as (doc: object, o: object) => string
    expect(generate({ id: draftRelease.id }, { locale: 'fr', req: {}, token: null })).toBe(`/preview/press-releases/${draftRelease.id}?locale=fr`)
    const pages = payload.collections['mission-pages'].config.admin.preview as (doc: object, o: object) => string
    expect(pages({ id: draftPage.id }, { locale: 'es', req: {}, token: null })).toBe(`/preview/mission-pages/${draftPage.id}?locale=es`)
  })
})

describe('the preview route over HTTP', () => {
  const tokens: Partial<Record<'madrid' | 'cairo' | 'ministry', string>> = {}

  beforeAll(async () => {
    // This server shares the test database; it must not run site rebuilds on its own.
    process.env.CHANCERY_AUTORUN_JOBS = 'false'
    server = await startNextServer({ databaseUrl: t.databaseUrl, dataDir: t.dataDir })
    const logins = { madrid: ['madrid@chancery.example', PASSWORDS['mission-editor']], cairo: [OTHER_EDITOR.email, OTHER_EDITOR.password], ministry: ['editor@chancery.example', PASSWORDS['ministry-editor']] } as const
    for (const [who, [email, password]] of Object.entries(logins)) {
      const res = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
      expect(res.status, `${who} logs in`).toBe(200)
      tokens[who as keyof typeof tokens] = ((await res.json()) as { token: string }).token
    }
  }, 300_000)

  const get = (path: string, who?: keyof typeof tokens) =>
    fetch(`${server!.url}${path}`, { headers: who ? { authorization: `JWT ${tokens[who]}` } : {}, signal: AbortSignal.timeout(120_000) })

  it('answers 401 to an anonymous request', async () => {
    const res = await get(`/preview/press-releases/${draftRelease.id}?locale=es`)
    expect(res.status).toBe(401)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(await res.text()).not.toContain('Borrador')
  }, 120_000)

  it('answers 404 to another mission’s editor, the same as for a document that does not exist', async () => {
    const res = await get(`/preview/press-releases/${draftRelease.id}?locale=es`, 'cairo')
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('Borrador')
    const missing = await get('/preview/press-releases/00000000-0000-4000-8000-000000000000?locale=es', 'cairo')
    expect(missing.status).toBe(404)
  }, 120_000)

  for (const who of ['madrid', 'ministry'] as const) {
    it(`shows the draft to ${who === 'madrid' ? 'the owning mission’s editor' : 'a ministry editor'}: HTML, never stored, never indexed`, async () => {
      const res = await get(`/preview/press-releases/${draftRelease.id}?locale=es`, who)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('cache-control')).toContain('no-store')
      expect(res.headers.get('content-security-policy')).toMatch(/^sandbox/)
      const html = await res.text()
      expect(html).toContain('Borrador: visita oficial &lt;prevista&gt;')
      expect(html).toContain('<meta name="robots" content="noindex">')
      expect(html).toContain(PREVIEW_BANNER_TEXT)
      expect(html).toContain(`<base href="${server!.url}/sites/madrid/es/news/`)
    }, 120_000)
  }
})
