import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type AccessFixture, DRAFT_MARKER, INTERNAL_NOTE, type StaffRole, pressReleaseData, titleOf,
} from '../support/accessFixture'
import { buildAccessFixture } from '../support/accessFixture'
import { type RunningServer, startNextServer } from '../support/nextServer'
import { startTestPayload } from '../support/testPayload'
import { citizenAttentionOverHttp } from './http/citizenAttention'
import { type HttpMatrix, prepareVictims, runHttpCell } from './http/cells'
import { type Client, clientFor, logIn } from './http/client'
import { CITIZEN_SUBJECTS, MATRIX, cellsFor } from './matrix/expectations'

/**
 * The same rules as seen from outside: the real Next.js app over a database prepared with
 * the access fixture, spoken to over REST and GraphQL with the tokens the login endpoint issues.
 */
describe('access over HTTP (REST and GraphQL on the real app)', () => {
  let server: RunningServer
  let dataDir: string
  let fx: AccessFixture
  let anonymous: Client
  const as = {} as Record<StaffRole, Client>
  // Only what citizens send (enquiries, survey answers, bookings) runs cell by cell here; the Local API matrix proves the rest.
  // Schedules stay there: their victims, all made beforehand, would collide on one schedule per office and service.
  const citizenCells = cellsFor(MATRIX.filter((cell) => CITIZEN_SUBJECTS.includes(cell.subject) || cell.subject === 'bookings'))
  let matrix: HttpMatrix

  beforeAll(async () => {
    const t = await startTestPayload()
    dataDir = t.dataDir
    fx = await buildAccessFixture(t.payload)
    const victims = await prepareVictims(t.payload, fx, citizenCells)
    // Not t.close(): that would delete the database the server is about to open.
    await t.payload.destroy()
    server = await startNextServer({ databaseUrl: t.databaseUrl, dataDir })
    const log = () => server.output()
    anonymous = clientFor(server.url, undefined, log)
    for (const role of Object.keys(fx.users) as StaffRole[]) {
      as[role] = clientFor(server.url, await logIn(server.url, fx.users[role].email, fx.users[role].password, log), log)
    }
    matrix = { clients: { anonymous, ...as }, fx, victims }
  })

  afterAll(async () => {
    await server?.stop()
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  /** The stored state, read back by an administrator, draft included. */
  const stored = async (id: string) => (await as['ministry-admin'].rest('GET', `/api/press-releases/${id}?draft=true&depth=0`)).json
  const titlesOf = (docs: { title?: string }[]) => docs.map((d) => String(d.title))

  describe('anonymous over REST', () => {
    it('GET /api/press-releases lists published releases only, with and without ?draft=true', async () => {
      for (const query of ['?limit=100', '?limit=100&draft=true']) {
        const { status, json } = await anonymous.rest('GET', `/api/press-releases${query}`)
        expect(status).toBe(200)
        expect(titlesOf(json.docs).filter((t) => t.includes(DRAFT_MARKER))).toEqual([])
        expect(json.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
        expect(titlesOf(json.docs)).toContain(titleOf('press release', 'A', 'published'))
      }
    })

    it('GET of a draft by id is refused and reveals nothing of it', async () => {
      const res = await anonymous.rest('GET', `/api/press-releases/${fx.pressReleases.A.draft}?draft=true`)
      expect([403, 404]).toContain(res.status)
      expect(res.text).not.toContain(titleOf('press release', 'A', 'draft'))
    })

    it('GET /api/press-releases/versions and /api/users are refused with 403', async () => {
      for (const path of ['/api/press-releases/versions', '/api/mission-pages/versions', '/api/users']) {
        const res = await anonymous.rest('GET', path)
        expect(res.status, path).toBe(403)
        expect(res.text).not.toContain(DRAFT_MARKER)
        expect(res.text).not.toContain('@ministry.example.org')
      }
    })

    it('GET /api/missions returns missions without their internal notes', async () => {
      const { status, json, text } = await anonymous.rest('GET', '/api/missions?limit=100')
      expect(status).toBe(200)
      expect(json.docs.length).toBe(2)
      expect(json.docs.every((d: object) => !('internalNotes' in d))).toBe(true)
      expect(text).not.toContain(INTERNAL_NOTE)
    })
  })

  describe('mission editor of A over REST, attacking mission B', () => {
    it("GET of B's draft by id is refused (403/404) and reveals nothing of it", async () => {
      const res = await as['mission-editor'].rest('GET', `/api/press-releases/${fx.pressReleases.B.draft}?draft=true`)
      expect([403, 404]).toContain(res.status)
      expect(res.text).not.toContain(titleOf('press release', 'B', 'draft'))
    })

    it("PATCH of B's release is refused and leaves it unchanged", async () => {
      const id = fx.pressReleases.B.published
      const before = await stored(id)
      for (const query of ['', '?draft=true']) {
        const res = await as['mission-editor'].rest('PATCH', `/api/press-releases/${id}${query}`, { summary: 'Hijacked' })
        expect([403, 404]).toContain(res.status)
      }
      expect(await stored(id)).toEqual(before)
    })

    it("DELETE of B's draft is refused and it still exists", async () => {
      const res = await as['mission-editor'].rest('DELETE', `/api/press-releases/${fx.pressReleases.B.draft}`)
      expect([403, 404]).toContain(res.status)
      expect((await stored(fx.pressReleases.B.draft)).id).toBe(fx.pressReleases.B.draft)
    })

    it('POST of a release for B is refused and nothing is created', async () => {
      const data = pressReleaseData('B', 'draft', 'planted-in-b', fx.missions.B)
      const res = await as['mission-editor'].rest('POST', '/api/press-releases?draft=true', data)
      expect(res.status).toBe(403)
      const { json } = await as['ministry-admin'].rest('GET', '/api/press-releases?where[slug][equals]=planted-in-b&draft=true')
      expect(json.totalDocs).toBe(0)
    })

    it("PATCH of own draft with _status 'published' is refused: it stays a draft the public cannot see", async () => {
      const id = fx.pressReleases.A.draft
      const res = await as['mission-editor'].rest('PATCH', `/api/press-releases/${id}`, { _status: 'published' })
      expect(res.status).toBe(403)
      expect((await stored(id))._status).toBe('draft')
      expect([403, 404]).toContain((await anonymous.rest('GET', `/api/press-releases/${id}`)).status)
    })

    it("PATCH of own published release with _status 'draft' is refused: it stays on the public site", async () => {
      const created = await as['ministry-admin'].rest('POST', '/api/press-releases', {
        ...pressReleaseData('A', 'published', 'to-take-down', fx.missions.A), _status: 'published',
      })
      expect(created.status).toBe(201)
      const id = created.json.doc.id
      await as['mission-editor'].rest('PATCH', `/api/press-releases/${id}`, { _status: 'draft' })
      expect((await anonymous.rest('GET', `/api/press-releases/${id}`)).status).toBe(200)
    })
  })

  describe('review before publishing, over REST', () => {
    it("a mission editor's draft for A is published by a ministry editor, and only then seen by the public", async () => {
      const draft = await as['mission-editor'].rest('POST', '/api/press-releases?draft=true', {
        title: 'Reviewed release of mission A', slug: 'reviewed-release', summary: 'Written at the mission', mission: fx.missions.A,
      })
      expect(draft.status).toBe(201)
      const id = draft.json.doc.id
      expect([403, 404]).toContain((await anonymous.rest('GET', `/api/press-releases/${id}`)).status)
      const res = await as['ministry-editor'].rest('PATCH', `/api/press-releases/${id}`, { _status: 'published' })
      expect(res.status).toBe(200)
      const pub = await anonymous.rest('GET', `/api/press-releases/${id}`)
      expect(pub.status).toBe(200)
      expect([pub.json.title, pub.json._status]).toEqual(['Reviewed release of mission A', 'published'])
    })
  })

  describe('GraphQL', () => {
    it('an anonymous query for press releases with draft: true returns published ones only', async () => {
      const { status, data, errors } = await anonymous.graphql('{ PressReleases(draft: true, limit: 100) { docs { id title _status } } }')
      expect(status).toBe(200)
      expect(errors).toBeUndefined()
      const docs = data.PressReleases.docs as { title: string; _status: string }[]
      expect(docs.length).toBeGreaterThan(0)
      expect(titlesOf(docs).filter((t) => t.includes(DRAFT_MARKER))).toEqual([])
      expect(docs.every((d) => d._status === 'published')).toBe(true)
    })

    it('an anonymous Users query is denied and returns no account', async () => {
      const { data, errors, text } = await anonymous.graphql('{ Users { docs { id email role } } }')
      expect(errors?.length).toBeGreaterThan(0)
      expect(data?.Users ?? null).toBeNull()
      expect(text).not.toContain('@ministry.example.org')
    })

    it("an anonymous Missions query gets no internal notes", async () => {
      const { data, text } = await anonymous.graphql('{ Missions { docs { name internalNotes } } }')
      expect(data.Missions.docs.map((d: { internalNotes: unknown }) => d.internalNotes ?? null)).toEqual([null, null])
      expect(text).not.toContain(INTERNAL_NOTE)
    })

    it("a mission editor's updatePressRelease on B's release is denied and changes nothing", async () => {
      const id = fx.pressReleases.B.published
      const before = await stored(id)
      const { data, errors } = await as['mission-editor'].graphql(
        `mutation { updatePressRelease(id: "${id}", draft: true, data: { summary: "Hijacked" }) { id summary } }`,
      )
      expect(errors?.length).toBeGreaterThan(0)
      expect(data?.updatePressRelease ?? null).toBeNull()
      expect(await stored(id)).toEqual(before)
    })
  })

  describe('citizen attention: role × collection × operation over REST (reads also over GraphQL)', () => {
    for (const { actor, cell } of citizenCells) {
      const verdict = cell.allowed[actor] ? 'may' : 'may not'
      it(`${cell.subject}: ${actor} ${verdict} ${cell.operation} ${cell.target}`, () => runHttpCell(matrix, actor, cell))
    }
  })

  citizenAttentionOverHttp(() => ({ anonymous, as, fx }))
})
