import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TRAIL_CSV_COLUMNS } from '../../src/trail/exportEndpoint'
import { type AccessFixture, type StaffRole, buildAccessFixture } from '../support/accessFixture'
import { type Rest, restClient, tokenFor, withoutJobRunner } from '../support/restRequest'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { TRAIL, countEntries, entries } from './trailSupport'

type Row = Record<(typeof TRAIL_CSV_COLUMNS)[number], string>

/**
 * The trail over Payload's REST API as the app serves it (in process): the CSV export parsed by
 * an independent parser, its filters and its scoping by role, and the append-only rule for
 * every role through every REST write.
 */
describe('audit trail over REST', () => {
  let t: TestPayload
  let payload: Payload
  let fx: AccessFixture
  let restore: () => void
  const anonymous = () => restClient(t)
  const as = {} as Record<StaffRole, Rest>

  async function csv(client: Rest, query = ''): Promise<Row[]> {
    const res = await client('GET', `/api/audit-trail/export.csv${query}`)
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    const rows = parse(res.text, { columns: true, skip_empty_lines: true }) as Row[]
    expect(res.text.split('\r\n')[0]).toBe(TRAIL_CSV_COLUMNS.join(','))
    return rows
  }

  /** Written as the server writes entries, at a time of the test's choosing. */
  const plant = (data: Record<string, unknown>) =>
    payload.create({ collection: TRAIL, data: { action: 'update', collection: 'topics', ...data } as never })

  beforeAll(async () => {
    restore = withoutJobRunner()
    t = await startTestPayload()
    payload = t.payload
    fx = await buildAccessFixture(payload)
    for (const role of Object.keys(fx.users) as StaffRole[]) as[role] = restClient(t, await tokenFor(t, fx.users[role].email, fx.users[role].password))
    // Beside the fixture's own entries (its documents and accounts, made by the server), edits over REST.
    await as['mission-editor']('PATCH', `/api/press-releases/${fx.pressReleases.A.draft}?draft=true`, { summary: 'Edited at mission A' })
    await as['ministry-editor']('PATCH', `/api/press-releases/${fx.pressReleases.B.draft}?draft=true`, { summary: 'Edited for mission B' })
  })
  afterAll(async () => {
    await t?.close()
    restore?.()
  })

  describe('CSV export', () => {
    it('refuses anonymous callers with 401 and no rows', async () => {
      const res = await anonymous()('GET', '/api/audit-trail/export.csv')
      expect(res.status).toBe(401)
      expect(res.text).not.toContain('press-releases')
    })

    it('gives an administrator every entry, oldest first, each field in its column', async () => {
      const rows = await csv(as['ministry-admin'])
      expect(rows).toHaveLength(await countEntries(payload))
      expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort())
      const edit = rows.find((r) => r.document_id === fx.pressReleases.A.draft && r.user_email === fx.users['mission-editor'].email)!
      expect(edit).toMatchObject({ action: 'update', user_role: 'mission-editor', collection: 'press-releases', channel: 'REST', missions: 'Embassy A', mission_ids: fx.missions.A })
      expect(JSON.parse(edit.changes)).toContainEqual({ field: 'summary', before: 'Summary of the draft press release', after: 'Edited at mission A', omitted: null })
    })

    it('escapes what it writes: commas, quotes, line breaks and formula-like text survive a real parser', async () => {
      const title = '=HYPERLINK("http://evil.example","x"), line\nbreak'
      await plant({ at: '2021-06-01T10:00:00.000Z', title })
      const [row] = await csv(as['ministry-admin'], '?from=2021-06-01&to=2021-06-01')
      expect(row.title).toBe(`'${title}`)
    })

    it('honours the filters: user, collection, mission, and dates (whole days, UTC)', async () => {
      const admin = as['ministry-admin']
      const byUser = await csv(admin, `?user=${encodeURIComponent(fx.users['mission-editor'].email.toUpperCase())}`)
      expect(byUser.length).toBeGreaterThan(0)
      expect(new Set(byUser.map((r) => r.user_email))).toEqual(new Set([fx.users['mission-editor'].email]))
      expect(await csv(admin, `?user=${fx.users['mission-editor'].id}`)).toEqual(byUser)

      const users = await csv(admin, '?collection=users')
      expect(users.length).toBeGreaterThan(0)
      expect(users.every((r) => r.collection === 'users')).toBe(true)
      expect(users.some((r) => r.action === 'create')).toBe(true)

      for (const mission of [fx.missions.B, 'embassy-b']) {
        const ofB = await csv(admin, `?mission=${mission}`)
        expect(ofB.length).toBeGreaterThan(0)
        expect(ofB.every((r) => r.mission_ids.split('; ').includes(fx.missions.B))).toBe(true)
      }

      await plant({ at: '2020-01-01T23:59:59.000Z', title: 'Before the window' })
      await plant({ at: '2020-01-02T00:00:00.000Z', title: 'First in the window' })
      await plant({ at: '2020-01-03T23:59:59.999Z', title: 'Last in the window' })
      await plant({ at: '2020-01-04T00:00:00.000Z', title: 'After the window' })
      expect((await csv(admin, '?from=2020-01-02&to=2020-01-03')).map((r) => r.title)).toEqual(['First in the window', 'Last in the window'])
      expect((await csv(admin, '?from=2020-01-01T23:59:59Z&to=2020-01-02T00:00:00Z')).map((r) => r.title)).toEqual(['Before the window', 'First in the window'])
    })

    it("gives a mission editor their own missions' content only, without client addresses", async () => {
      const rows = await csv(as['mission-editor'])
      expect(rows.length).toBeGreaterThan(0)
      expect(rows.every((r) => r.mission_ids.split('; ').includes(fx.missions.A))).toBe(true)
      expect(rows.some((r) => r.collection === 'users')).toBe(false)
      expect(rows.every((r) => r.ip === '')).toBe(true)
      // Asking for another mission narrows to nothing rather than widening.
      expect(await csv(as['mission-editor'], `?mission=${fx.missions.B}`)).toEqual([])
    })

    it('gives a ministry editor every mission but no account events', async () => {
      const rows = await csv(as['ministry-editor'])
      expect(rows.some((r) => r.mission_ids.includes(fx.missions.B))).toBe(true)
      expect(rows.some((r) => r.collection === 'users')).toBe(false)
    })

    it('refuses a bad filter by name', async () => {
      for (const [query, parameter] of [['?from=yesterday', 'from'], ['?collection=secrets', 'collection'], ['?mission=nowhere', 'mission']] as const) {
        const res = await as['ministry-admin']('GET', `/api/audit-trail/export.csv${query}`)
        expect(res.status, query).toBe(400)
        expect(res.json.errors[0].parameter).toBe(parameter)
      }
    })
  })

  describe('append-only over REST', () => {
    const roles = ['anonymous', 'ministry-admin', 'ministry-editor', 'mission-editor'] as const
    const client = (role: (typeof roles)[number]) => (role === 'anonymous' ? anonymous() : as[role])

    it('no role creates an entry', async () => {
      for (const role of roles) {
        const res = await client(role)('POST', '/api/audit-trail', { at: new Date().toISOString(), action: 'delete', collection: 'topics', title: `Forged by ${role}` })
        expect([401, 403], role).toContain(res.status)
      }
      expect(await entries(payload, { title: { like: 'Forged by' } })).toEqual([])
    })

    it('no role edits or deletes an entry, one by one or in bulk', async () => {
      const [target] = await entries(payload, { documentId: { equals: fx.pressReleases.A.draft } })
      for (const role of roles) {
        const as = client(role)
        const refused = [
          await as('PATCH', `/api/audit-trail/${target.id}`, { title: 'Rewritten', userEmail: 'someone@else.example' }),
          await as('PATCH', `/api/audit-trail?where[id][equals]=${target.id}`, { title: 'Rewritten' }),
          await as('DELETE', `/api/audit-trail/${target.id}`),
          await as('DELETE', `/api/audit-trail?where[id][equals]=${target.id}`),
        ]
        for (const res of refused) expect([401, 403], `${role}: ${res.text.slice(0, 200)}`).toContain(res.status)
      }
      const [after] = await entries(payload, { id: { equals: target.id } })
      expect(after).toEqual(target)
    })

    it('reads are scoped: a mission editor lists only their missions, anonymous nothing', async () => {
      const own = await as['mission-editor']('GET', '/api/audit-trail?limit=100&depth=0')
      expect(own.status).toBe(200)
      expect(own.json.docs.length).toBeGreaterThan(0)
      expect(own.json.docs.every((d: { missions: string[] }) => d.missions.includes(fx.missions.A))).toBe(true)
      const refused = await anonymous()('GET', '/api/audit-trail?limit=10')
      expect(refused.status).toBe(403)
    })
  })
})
