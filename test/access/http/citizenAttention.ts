import { describe, expect, it } from 'vitest'

import { type AccessFixture, CITIZEN_DOMAIN, PERSONAL_MARKER, type StaffRole, citizenEmail } from '../../support/accessFixture'
import { expectNothingRead, expectNothingReadOverGraphql, whereQuery } from './cells'
import type { Client } from './client'

export type HttpContext = { anonymous: Client; as: Record<StaffRole, Client>; fx: AccessFixture }

const PERSONAL = [
  { collection: 'enquiries', many: 'Enquiries', one: 'Enquiry', count: 'countEnquiries', fixture: 'enquiries' },
  { collection: 'survey-responses', many: 'SurveyResponses', one: 'SurveyResponse', count: 'countSurveyResponses', fixture: 'surveyResponses' },
] as const

/** A well-formed id no document has, to compare a refusal with plain absence. */
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000'

const idsOf = (docs: { id: string }[]) => docs.map((d) => d.id).sort()

/**
 * Enquiries and survey answers seen from outside: over REST and GraphQL nobody but the ministry
 * and the enquiry's own mission learns anything of them, not even how many there are; and the
 * access request export answers an administrator only, with that one address's data.
 */
export function citizenAttentionOverHttp(get: () => HttpContext) {
  /** What exists in a mission, as an administrator sees it. */
  const idsIn = async (collection: string, mission: string) =>
    idsOf((await get().as['ministry-admin'].rest('GET', `/api/${collection}?depth=0&limit=1000&${whereQuery({ mission: { equals: mission } })}`)).json.docs)

  describe('anonymous and citizen attention over REST and GraphQL', () => {
    for (const { collection, many, one, count, fixture } of PERSONAL) {
      it(`REST ${collection}: list, limit=0, /count, by id and probes all refuse or answer empty, with no count`, async () => {
        const { anonymous, fx } = get()
        expect((await idsIn(collection, fx.missions.A)).length).toBeGreaterThan(0)
        const paths = [
          `/api/${collection}`, `/api/${collection}?limit=0`, `/api/${collection}?pagination=false`, `/api/${collection}/count`,
          `/api/${collection}/${fx[fixture].A}`, `/api/${collection}?${whereQuery({ mission: { equals: fx.missions.A } })}`,
          `/api/${collection}/count?${whereQuery({ mission: { equals: fx.missions.A } })}`,
          ...(collection === 'enquiries' ? [`/api/enquiries/count?${whereQuery({ email: { equals: citizenEmail('A') } })}`] : []),
        ]
        for (const path of paths) {
          const res = await anonymous.rest('GET', path)
          expectNothingRead(res, path)
          expect(res.text, path).not.toContain('totalDocs')
        }
        const existing = await anonymous.rest('GET', `/api/${collection}/${fx[fixture].A}`)
        const none = await anonymous.rest('GET', `/api/${collection}/${NO_SUCH_ID}`)
        expect([existing.status, existing.text]).toEqual([none.status, none.text])
      })

      it(`GraphQL ${many}, ${count} and ${one}(id) answer nothing, not even totalDocs`, async () => {
        const { anonymous, fx } = get()
        const queries: [string, string][] = [
          [many, `{ ${many} { totalDocs docs { id } } }`],
          [many, `{ ${many}(limit: 0) { totalDocs } }`],
          [count, `{ ${count} { totalDocs } }`],
          [count, `{ ${count}(where: { mission: { equals: "${fx.missions.A}" } }) { totalDocs } }`],
          [one, `{ ${one}(id: "${fx[fixture].A}") { id createdAt } }`],
        ]
        for (const [field, query] of queries) {
          const res = await anonymous.graphql(query)
          expect(res.status, query).toBe(200)
          expectNothingReadOverGraphql(res, field)
          expect(res.data?.[field] ?? null, query).toBeNull()
        }
      })
    }

    it('GraphQL createEnquiry and createSurveyResponse are forbidden and store nothing', async () => {
      const { anonymous, as, fx } = get()
      for (const client of [anonymous, as['mission-editor']]) {
        const reference = `GQL-2026-${Date.now().toString(36)}`
        const enquiry = await client.graphql(
          `mutation { createEnquiry(data: { reference: "${reference}", sequence: 1, locale: es, status: new, mission: "${fx.missions.A}", message: "Planted" }) { id } }`,
        )
        const survey = await client.graphql(
          `mutation { createSurveyResponse(data: { mission: "${fx.missions.A}", rating: 5, resolved: true, locale: es, comment: "${reference}" }) { id } }`,
        )
        // Refused by the access rule, not by a malformed query that would prove nothing.
        for (const res of [enquiry, survey]) expect(res.errors?.map((e) => e.message), res.text).toEqual(['You are not allowed to perform this action.'])
        const admin = as['ministry-admin']
        expect((await admin.rest('GET', `/api/enquiries?${whereQuery({ reference: { equals: reference } })}`)).json.totalDocs).toBe(0)
        expect((await admin.rest('GET', `/api/survey-responses?${whereQuery({ comment: { equals: reference } })}`)).json.totalDocs).toBe(0)
      }
    })
  })

  describe('a mission editor of A and citizen attention over REST and GraphQL', () => {
    for (const { collection, many, one, count, fixture } of PERSONAL) {
      it(`REST ${collection}: B's by id is refused; lists and counts hold exactly A's, whatever the query`, async () => {
        const { as, fx } = get()
        const editor = as['mission-editor']
        const ofA = await idsIn(collection, fx.missions.A)
        expect((await idsIn(collection, fx.missions.B)).length).toBeGreaterThan(0)

        const other = await editor.rest('GET', `/api/${collection}/${fx[fixture].B}`)
        expect([403, 404]).toContain(other.status)
        expect(other.text).not.toContain(citizenEmail('B'))
        expect(other.text).not.toContain('MEX-2026')
        // Nor whether it exists: B's document is answered exactly as one that never did.
        const none = await editor.rest('GET', `/api/${collection}/${NO_SUCH_ID}`)
        expect([other.status, other.text]).toEqual([none.status, none.text])

        const list = await editor.rest('GET', `/api/${collection}?depth=0&limit=1000`)
        expect(idsOf(list.json.docs)).toEqual(ofA)
        expect(list.json.totalDocs).toBe(ofA.length)
        expect((await editor.rest('GET', `/api/${collection}?limit=1`)).json.totalDocs).toBe(ofA.length)
        expect((await editor.rest('GET', `/api/${collection}/count`)).json.totalDocs).toBe(ofA.length)
        const onB = whereQuery({ mission: { equals: fx.missions.B } })
        expect((await editor.rest('GET', `/api/${collection}?limit=1&${onB}`)).json.totalDocs).toBe(0)
        expect((await editor.rest('GET', `/api/${collection}/count?${onB}`)).json.totalDocs).toBe(0)
      })

      it(`GraphQL ${many} and ${count} hold exactly A's; ${one}(id) of B answers nothing`, async () => {
        const { as, fx } = get()
        const editor = as['mission-editor']
        const ofA = await idsIn(collection, fx.missions.A)
        const list = await editor.graphql(`{ ${many}(limit: 1000) { totalDocs docs { id } } }`)
        expect(list.errors).toBeUndefined()
        expect([list.data[many].totalDocs, idsOf(list.data[many].docs)]).toEqual([ofA.length, ofA])
        expect((await editor.graphql(`{ ${count} { totalDocs } }`)).data[count].totalDocs).toBe(ofA.length)
        const onB = await editor.graphql(`{ ${count}(where: { mission: { equals: "${fx.missions.B}" } }) { totalDocs } }`)
        expect(onB.data[count].totalDocs).toBe(0)
        const other = await editor.graphql(`{ ${one}(id: "${fx[fixture].B}") { id createdAt } }`)
        expect(other.data?.[one] ?? null).toBeNull()
        expect(other.text).not.toContain(citizenEmail('B'))
      })
    }

    it("PATCH and updateEnquiry of their own enquiry leave what the citizen sent as it was", async () => {
      const { as, fx } = get()
      const editor = as['mission-editor']
      const id = fx.enquiries.A
      const stored = async () => (await as['ministry-admin'].rest('GET', `/api/enquiries/${id}?depth=0`)).json
      const before = await stored()
      const forged = { message: 'Forged message', email: 'forged@example.org', reference: 'MEX-2026-999999', name: 'Forged', locale: 'fr' }
      await editor.rest('PATCH', `/api/enquiries/${id}`, { ...forged, internalNotes: 'Called back over REST' })
      await editor.rest('PATCH', `/api/enquiries/${id}`, { mission: fx.missions.B })
      await editor.graphql(`mutation { updateEnquiry(id: "${id}", data: { message: "Forged message", email: "forged@example.org" }) { id } }`)
      const after = await stored()
      // The request itself went through: only the citizen's fields were kept from it.
      expect(after.internalNotes).toBe('Called back over REST')
      for (const field of ['message', 'email', 'reference', 'name', 'locale', 'mission', 'sequence'] as const) {
        expect(after[field], field).toEqual(before[field])
      }
    })

    it('bulk DELETE by query removes no enquiry or survey answer, for a mission editor nor a ministry editor', async () => {
      const { as, fx } = get()
      for (const role of ['mission-editor', 'ministry-editor'] as const) {
        for (const { collection } of PERSONAL) {
          const where = whereQuery({ mission: { equals: fx.missions.A } })
          const before = await idsIn(collection, fx.missions.A)
          const res = await as[role].rest('DELETE', `/api/${collection}?${where}`)
          expect(res.json?.docs ?? [], `${role} ${collection}`).toEqual([])
          expect(await idsIn(collection, fx.missions.A)).toEqual(before)
        }
      }
    })
  })

  describe('the access request, GET /api/citizen-data', () => {
    const path = (email: string) => `/api/citizen-data?email=${encodeURIComponent(email)}`

    it('answers 401 to anonymous and 403 to staff other than an administrator, with nothing personal', async () => {
      const { anonymous, as } = get()
      const refusals: [Client, number][] = [[anonymous, 401], [as['ministry-editor'], 403], [as['mission-editor'], 403]]
      for (const [client, status] of refusals) {
        const res = await client.rest('GET', path(citizenEmail('A')))
        expect(res.status).toBe(status)
        expect(res.text).not.toContain(PERSONAL_MARKER)
        expect(res.text).not.toContain(CITIZEN_DOMAIN)
      }
    })

    it('answers 400 to an administrator without a valid address', async () => {
      const admin = get().as['ministry-admin']
      for (const query of ['', '?email=', '?email=not-an-address', `?email=${encodeURIComponent('a@b..example')}`]) {
        const res = await admin.rest('GET', `/api/citizen-data${query}`)
        expect(res.status, query).toBe(400)
        expect(res.text).not.toContain(PERSONAL_MARKER)
      }
    })

    it("gives an administrator that address's enquiries in every mission and letter case, their survey answers, and nobody else's", async () => {
      const { as, fx } = get()
      for (const email of [citizenEmail('A'), citizenEmail('A').toUpperCase()]) {
        const res = await as['ministry-admin'].rest('GET', path(email))
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toContain('no-store')
        expect(idsOf(res.json.enquiries)).toEqual([fx.enquiries.A, fx.accessRequest.sameAddress].sort())
        expect(idsOf(res.json.surveyResponses)).toEqual([fx.surveyResponses.A])
        expect(res.text).not.toContain(citizenEmail('B'))
        for (const id of [fx.enquiries.B, fx.surveyResponses.B, ...fx.accessRequest.lookalikes]) expect(res.text).not.toContain(id)
        expect(res.json.enquiries.every((e: object) => !('idempotencyKey' in e) && !('sequence' in e))).toBe(true)
      }
    })

    it('treats SQL wildcards in the address as letters: they match no one else', async () => {
      const admin = get().as['ministry-admin']
      const [local, domain] = citizenEmail('A').split('@')
      for (const email of [`%@${domain}`, `_${local.slice(1)}@${domain}`, `${local}%@${domain}`]) {
        const res = await admin.rest('GET', path(email))
        expect(res.status, email).toBe(200)
        expect([res.json.enquiries, res.json.surveyResponses], email).toEqual([[], []])
      }
    })
  })
}
