import path from 'node:path'

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

const as = (user: User) => ({ user, overrideAccess: false, depth: 0 }) as const
const authors = [{ name: 'Elena Ríos', role: 'Embajadora' }]
const createPost = (user: User, data: Doc, draft = true) =>
  payload.create({ collection: 'blog-posts' as CollectionSlug, data: { summary: 'Resumen', authors, _status: draft ? 'draft' : 'published', ...data } as never, draft, ...as(user) }) as Promise<Doc>
const updatePost = (user: User, id: string, data: Doc, draft = true) =>
  payload.update({ collection: 'blog-posts' as CollectionSlug, id, data: data as never, draft, ...as(user) }) as Promise<Doc>

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
  const makeUser = async (key: keyof typeof users, role: string, m?: string) => {
    const created = await payload.create({
      collection: 'users',
      data: { name: `${key} user`, email: `${key}@blog-review.example`, password: 'review-pass-0123456789', role, missions: m ? [m] : [] } as never,
    })
    users[key] = { ...(created as object), collection: 'users' } as User
  }
  await makeUser('admin', 'ministry-admin')
  await makeUser('ministry', 'ministry-editor')
  await makeUser('madrid', 'mission-editor', missions.madrid)
  await makeUser('quito', 'mission-editor', missions.quito)
}, 120_000)

afterAll(async () => {
  restoreSitesDir?.()
  await t?.close()
})

describe('blog posts go through the same review as press releases', () => {
  it('a mission editor cannot publish a post; submitted, it enters the ministry’s queue and a ministry editor publishes it', async () => {
    await expect(createPost(users.madrid, { title: 'Mi primer mes', slug: 'primer-mes', mission: missions.madrid }, false)).rejects.toThrow(/cannot publish/)
    const draft = await createPost(users.madrid, { title: 'Mi primer mes', slug: 'primer-mes', mission: missions.madrid })
    const id = String(draft.id)
    expect(draft._status).toBe('draft')
    await expect(updatePost(users.madrid, id, { _status: 'published' }, false)).rejects.toThrow()
    const submitted = await updatePost(users.madrid, id, { reviewState: 'submitted' })
    expect(submitted).toMatchObject({ reviewState: 'submitted', submittedBy: users.madrid.id })
    const queue = await loadReviewQueue(payload, users.ministry)
    expect(queue.map((i) => [i.collection, i.id, i.title])).toEqual([['blog-posts', id, 'Mi primer mes']])
    // Another mission's editor does not see it.
    expect((await loadReviewQueue(payload, users.quito)).map((i) => i.id)).toEqual([])

    const published = await updatePost(users.ministry, id, { _status: 'published' }, false)
    expect(published).toMatchObject({ _status: 'published', reviewState: 'approved', decidedBy: users.ministry.id })
    expect(typeof published.publishedAt).toBe('string')
    expect(await loadReviewQueue(payload, users.ministry)).toEqual([])
    // Anonymous readers see the published post.
    const seen = await payload.find({ collection: 'blog-posts' as CollectionSlug, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })
    expect(seen.docs.map((d) => String(d.id))).toEqual([id])
  })

  it('a trusted mission’s editor publishes a post directly; another mission’s editor still cannot', async () => {
    await payload.update({ collection: 'missions', id: missions.madrid, data: { trusted: true } as never, ...as(users.admin) })
    const post = await createPost(users.madrid, { title: 'Directo', slug: 'directo', mission: missions.madrid }, false)
    expect(post).toMatchObject({ _status: 'published', reviewState: 'approved', decidedBy: users.madrid.id })
    await expect(createPost(users.quito, { title: 'No', slug: 'no', mission: missions.quito }, false)).rejects.toThrow(/cannot publish/)
  })
})
