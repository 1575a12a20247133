import fs from 'node:fs'
import path from 'node:path'

import { simpleParser, type ParsedMail } from 'mailparser'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadReviewQueue } from '../../src/review/reviewQueue'
import { pointSitesDirAt } from '../support/sitesDirEnv'
import { startTestPayload, type TestPayload } from '../support/testPayload'

type User = NonNullable<PayloadRequest['user']>
type Doc = Record<string, any>

let t: TestPayload
let payload: Payload
let restoreSitesDir: () => void
const users = {} as Record<'admin' | 'ministry' | 'madrid' | 'quito', User>
const missions = {} as Record<'madrid' | 'quito', string>

async function makeUser(key: keyof typeof users, role: string, mission?: string) {
  const created = await payload.create({
    collection: 'users',
    data: { name: `${key} user`, email: `${key}@review.example`, password: 'review-pass-0123456789', role, missions: mission ? [mission] : [] } as never,
  })
  users[key] = { ...(created as object), collection: 'users' } as User
}

const as = (user: User) => ({ user, overrideAccess: false, depth: 0 }) as const

const createRelease = (user: User, data: Doc, draft = true) =>
  payload.create({ collection: 'press-releases', data: { summary: 'Resumen', _status: draft ? 'draft' : 'published', ...data } as never, draft, ...as(user) }) as Promise<Doc>
const updateRelease = (user: User, id: string, data: Doc, draft = true) =>
  payload.update({ collection: 'press-releases', id, data: data as never, draft, ...as(user) }) as Promise<Doc>
const latest = (id: string) => payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 }) as Promise<Doc>

/** Runs the queued review mails (nothing else) and returns every message in the outbox, parsed. */
async function sentMail(): Promise<ParsedMail[]> {
  await payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'sendReviewMail' } } } as never)
  const outbox = path.join(t.dataDir, 'outbox')
  if (!fs.existsSync(outbox)) return []
  return Promise.all(fs.readdirSync(outbox).sort().map((f) => simpleParser(fs.readFileSync(path.join(outbox, f)))))
}
/** A validation error naming the field and saying what is wrong, as REST and the admin show it. */
const fieldError = (field: string, message: RegExp) => ({ data: { errors: [expect.objectContaining({ path: field, message: expect.stringMatching(message) })] } })
const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((v) => v.address) ?? [])

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  restoreSitesDir = pointSitesDirAt(path.join(t.dataDir, 'sites'))
  const mission = (slug: string, name: string) => payload.create({
    collection: 'missions',
    data: { name, slug, type: 'embassy', hostCountry: 'ES', city: name, siteLocales: ['es'], defaultLocale: 'es', baseUrl: `https://${slug}.example.org` } as never,
  })
  missions.madrid = String((await mission('madrid', 'Embajada en Madrid')).id)
  missions.quito = String((await mission('quito', 'Oficina en Quito')).id)
  await makeUser('admin', 'ministry-admin')
  await makeUser('ministry', 'ministry-editor')
  await makeUser('madrid', 'mission-editor', missions.madrid)
  await makeUser('quito', 'mission-editor', missions.quito)
  // Site rebuilds the publishes queue are not this file's concern.
  await payload.delete({ collection: 'payload-jobs' as CollectionSlug, where: { taskSlug: { equals: 'rebuildSites' } } })
}, 120_000)

afterAll(async () => {
  restoreSitesDir?.()
  await t?.close()
})

describe('review before publication', () => {
  let id: string

  it('a mission editor submits a draft: it is stamped, enters the ministry’s queue, and the ministry’s editors are told by e-mail', async () => {
    const draft = await createRelease(users.madrid, { title: 'Feria del libro', slug: 'feria-del-libro', mission: missions.madrid })
    id = String(draft.id)
    expect(draft.reviewState).toBe('editing')
    const submitted = await updateRelease(users.madrid, id, { reviewState: 'submitted' })
    expect(submitted.reviewState).toBe('submitted')
    expect(submitted.submittedBy).toBe(users.madrid.id)
    expect(typeof submitted.submittedAt).toBe('string')

    const queue = await loadReviewQueue(payload, users.ministry)
    expect(queue.map((i) => [i.collection, i.id, i.title])).toEqual([['press-releases', id, 'Feria del libro']])
    // Another mission's editor sees nothing of it.
    expect(await loadReviewQueue(payload, users.quito)).toEqual([])

    const mail = await sentMail()
    expect(mail.map(recipients).flat().sort()).toEqual(['admin@review.example', 'ministry@review.example'])
    expect(mail[0]!.subject).toBe('For review: Feria del libro — Embajada en Madrid')
    expect(mail[0]!.text).toContain(`/admin/collections/press-releases/${id}`)
  })

  it('a mission editor can neither publish, nor return, nor write the reviewer’s comment', async () => {
    await expect(updateRelease(users.madrid, id, { _status: 'published' }, false)).rejects.toThrow()
    await expect(updateRelease(users.madrid, id, { reviewState: 'returned' })).rejects.toMatchObject(fieldError('reviewState', /ministry editor returns/))
    await updateRelease(users.madrid, id, { reviewComment: 'Approved by myself' })
    expect((await latest(id)).reviewComment ?? null).toBeNull()
    expect((await latest(id))._status).toBe('draft')
  })

  it('a ministry editor returns the draft only with a comment; the submitter gets the comment by e-mail and sees it on the document', async () => {
    await expect(updateRelease(users.ministry, id, { reviewState: 'returned' })).rejects.toMatchObject(fieldError('reviewComment', /needs a comment/))
    const returned = await updateRelease(users.ministry, id, { reviewState: 'returned', reviewComment: 'Añadan la fecha de la feria.' })
    expect(returned).toMatchObject({ reviewState: 'returned', reviewComment: 'Añadan la fecha de la feria.', decidedBy: users.ministry.id })
    const mail = (await sentMail()).filter((m) => m.subject?.startsWith('Returned'))
    expect(mail.map(recipients)).toEqual([['madrid@review.example']])
    expect(mail[0]!.text).toContain('Añadan la fecha de la feria.')
    // Returned to its editor: the nav count of the mission editor's queue.
    expect((await loadReviewQueue(payload, users.madrid, ['returned'])).map((i) => i.comment)).toEqual(['Añadan la fecha de la feria.'])
    expect(await loadReviewQueue(payload, users.ministry)).toEqual([])
  })

  it('the mission editor fixes and resubmits; the ministry editor publishes it, which approves it and tells the submitter', async () => {
    await updateRelease(users.madrid, id, { summary: 'Del 3 al 5 de mayo.' })
    expect((await latest(id)).reviewState).toBe('returned')
    await updateRelease(users.madrid, id, { reviewState: 'submitted' })
    expect((await loadReviewQueue(payload, users.ministry)).map((i) => i.id)).toEqual([id])
    await expect(updateRelease(users.ministry, id, { reviewState: 'approved' })).rejects.toMatchObject(fieldError('reviewState', /by publishing/))
    const published = await updateRelease(users.ministry, id, { _status: 'published' }, false)
    expect(published).toMatchObject({ _status: 'published', reviewState: 'approved', decidedBy: users.ministry.id, summary: 'Del 3 al 5 de mayo.' })
    expect(published.reviewComment ?? null).toBeNull()
    const mail = (await sentMail()).filter((m) => m.subject?.startsWith('Published'))
    expect(mail.map(recipients)).toEqual([['madrid@review.example']])
    expect(await loadReviewQueue(payload, users.ministry)).toEqual([])
  })
})

describe('trusted missions', () => {
  it('only a ministry administrator marks a mission trusted', async () => {
    await payload.update({ collection: 'missions', id: missions.madrid, data: { trusted: true } as never, ...as(users.ministry) })
    expect((await payload.findByID({ collection: 'missions', id: missions.madrid, depth: 0 }) as Doc).trusted).toBe(false)
    await payload.update({ collection: 'missions', id: missions.madrid, data: { trusted: true } as never, ...as(users.admin) })
    expect((await payload.findByID({ collection: 'missions', id: missions.madrid, depth: 0 }) as Doc).trusted).toBe(true)
  })

  it('a trusted mission’s editor publishes releases and pages directly; another mission’s editor still cannot', async () => {
    const release = await createRelease(users.madrid, { title: 'Directo', slug: 'directo', mission: missions.madrid }, false)
    expect(release).toMatchObject({ _status: 'published', reviewState: 'approved', decidedBy: users.madrid.id })
    const draft = await createRelease(users.madrid, { title: 'Luego', slug: 'luego', mission: missions.madrid })
    expect(await updateRelease(users.madrid, String(draft.id), { _status: 'published' }, false)).toMatchObject({ _status: 'published' })
    const page = await payload.create({
      collection: 'mission-pages', data: { mission: missions.madrid, kind: 'about', title: 'Quiénes somos', _status: 'published' } as never, ...as(users.madrid),
    }) as Doc
    expect(page._status).toBe('published')

    await expect(createRelease(users.quito, { title: 'No', slug: 'no', mission: missions.quito }, false)).rejects.toThrow(/cannot publish/)
  })

  it('a trusted mission’s editor still cannot publish an alert: warnings go through the ministry', async () => {
    await expect(payload.create({
      collection: 'alerts',
      data: {
        title: 'Huelga de transporte', body: 'Huelga general el lunes.', severity: 'warning', scope: 'missions', missions: [missions.madrid],
        startsAt: '2030-01-01T00:00:00.000Z', expiresAt: '2030-01-02T00:00:00.000Z', _status: 'published',
      } as never,
      ...as(users.madrid),
    })).rejects.toThrow()
  })
})
