import type { Payload, Where } from 'payload'
import { expect } from 'vitest'

import { type AccessFixture, CITIZEN_DOMAIN, PERSONAL_MARKER } from '../../support/accessFixture'
import { DRIVERS, type MatrixContext } from '../matrix/drivers'
import type { Actor, Cell, Subject } from '../matrix/expectations'
import type { Client } from './client'

/**
 * The matrix's cells over HTTP: the same expectations, proven against the running app with each
 * actor's token instead of a `user` handed to the Local API.
 */

export type HttpMatrix = { clients: Record<Actor, Client>; fx: AccessFixture; victims: Map<string, string> }
type Collection = Exclude<Subject, 'ministry'>

/** Refused as Payload refuses over REST: unauthenticated, forbidden, or narrowed away to "not found". */
// 400: an unpaged read (limit=0, pagination=false) is refused by the API's bounds before access is checked.
const REFUSED = [400, 401, 403, 404]

/** GraphQL names of the collections whose cells run here. */
const GRAPHQL: Partial<Record<Collection, { one: string; many: string }>> = {
  enquiries: { one: 'Enquiry', many: 'Enquiries' },
  'survey-responses': { one: 'SurveyResponse', many: 'SurveyResponses' },
  'enquiry-topics': { one: 'EnquiryTopic', many: 'EnquiryTopics' },
  bookings: { one: 'Booking', many: 'Bookings' },
}

let counter = 0
const victimKey = (actor: Actor, cell: Cell) => `${cell.subject} ${cell.operation} ${cell.target} ${actor}`

/**
 * Nobody may create enquiries or survey answers over HTTP, so the documents update and delete
 * cells act on are made beforehand, one per cell, through the Local API of the test process.
 */
export async function prepareVictims(payload: Payload, fx: AccessFixture, cells: { actor: Actor; cell: Cell }[]) {
  const victims = new Map<string, string>()
  let n = 0
  for (const { actor, cell } of cells) {
    if (cell.operation !== 'update' && cell.operation !== 'delete') continue
    const made = await DRIVERS[cell.subject as Collection].make({ payload, fx }, cell.target, actor, `http-${n++}`)
    victims.set(victimKey(actor, cell), made.id)
  }
  return victims
}

/** `where[a][equals]=x`, as Payload's REST API reads a query. */
export function whereQuery(where: Where, prefix = 'where'): string {
  return Object.entries(where)
    .map(([key, value]) => (value !== null && typeof value === 'object'
      ? whereQuery(value as Where, `${prefix}[${key}]`)
      : `${prefix}[${key}]=${encodeURIComponent(String(value))}`))
    .join('&')
}

/** A refused read: no document, no count above zero, and none of a citizen's words in the answer. */
export function expectNothingRead(res: { status: number; json: any; text: string }, what: string) {
  expect(res.text, what).not.toContain(PERSONAL_MARKER)
  expect(res.text, what).not.toContain(CITIZEN_DOMAIN)
  if (res.status === 200) {
    expect(res.json?.totalDocs ?? 0, what).toBe(0)
    expect(res.json?.docs ?? [], what).toEqual([])
  } else {
    expect(REFUSED, what).toContain(res.status)
  }
}

/** A refused GraphQL query: an error, or an empty answer, and nothing personal either way. */
export function expectNothingReadOverGraphql(res: { data: any; errors?: unknown[]; text: string }, field: string) {
  expect(res.text, field).not.toContain(PERSONAL_MARKER)
  expect(res.text, field).not.toContain(CITIZEN_DOMAIN)
  const answer = res.data?.[field] ?? null
  if (answer === null) expect(res.errors?.length ?? 0, field).toBeGreaterThan(0)
  else expect([answer.totalDocs ?? 0, answer.docs ?? []], field).toEqual([0, []])
}

export async function runHttpCell(m: HttpMatrix, actor: Actor, cell: Cell): Promise<void> {
  const collection = cell.subject as Collection
  const driver = DRIVERS[collection]
  const as = m.clients[actor]
  const admin = m.clients['ministry-admin']
  const allowed = cell.allowed[actor]
  // Only the fixture is read by these driver functions.
  const local = { fx: m.fx } as MatrixContext
  const stored = (id: string) => admin.rest('GET', `/api/${collection}/${id}?depth=0`)

  switch (cell.operation) {
    case 'read': {
      const id = driver.existing(local, cell.target, actor)
      const byId = await as.rest('GET', `/api/${collection}/${id}?depth=0`)
      const listed = await as.rest('GET', `/api/${collection}?depth=0&${whereQuery({ id: { equals: id } })}`)
      const names = GRAPHQL[collection]!
      const one = await as.graphql(`{ ${names.one}(id: "${id}") { id } }`)
      const many = await as.graphql(`{ ${names.many}(where: { id: { equals: "${id}" } }) { totalDocs docs { id } } }`)
      if (allowed) {
        expect([byId.status, byId.json?.id]).toEqual([200, id])
        expect([listed.status, listed.json?.totalDocs, listed.json?.docs?.map((d: { id: string }) => d.id)]).toEqual([200, 1, [id]])
        expect(one.errors).toBeUndefined()
        expect(one.data[names.one].id).toBe(id)
        expect([many.data[names.many].totalDocs, many.data[names.many].docs]).toEqual([1, [{ id }]])
      } else {
        expectNothingRead(byId, 'REST by id')
        expectNothingRead(listed, 'REST list')
        expectNothingReadOverGraphql(one, names.one)
        expectNothingReadOverGraphql(many, names.many)
      }
      return
    }
    case 'create': {
      const tag = `http${Date.now().toString(36)}${(counter++).toString(36)}`
      const res = await as.rest('POST', `/api/${collection}?depth=0`, driver.newData(local, cell.target, tag))
      const found = await admin.rest('GET', `/api/${collection}?depth=0&${whereQuery(driver.created(tag))}`)
      expect(found.status).toBe(200)
      if (allowed) {
        expect(res.status, res.text).toBe(201)
        expect(found.json.docs.map((d: { id: string }) => d.id)).toEqual([res.json.doc.id])
        expect((await admin.rest('DELETE', `/api/${collection}/${res.json.doc.id}`)).status).toBe(200)
      } else {
        expect(REFUSED, res.text).toContain(res.status)
        expect(found.json.totalDocs).toBe(0)
      }
      return
    }
    case 'update': {
      const id = m.victims.get(victimKey(actor, cell))!
      const change = driver.change(`http-${id}`)
      const res = await as.rest('PATCH', `/api/${collection}/${id}?depth=0`, change.data)
      if (allowed) expect(res.status, res.text).toBe(200)
      else expect(REFUSED, res.text).toContain(res.status)
      const after = await stored(id)
      expect(after.status).toBe(200)
      expect(change.applied(after.json)).toBe(allowed)
      return
    }
    case 'delete': {
      const id = m.victims.get(victimKey(actor, cell))!
      const res = await as.rest('DELETE', `/api/${collection}/${id}`)
      if (allowed) expect(res.status, res.text).toBe(200)
      else expect(REFUSED, res.text).toContain(res.status)
      expect((await stored(id)).status).toBe(allowed ? 404 : 200)
      return
    }
    case 'publish':
      throw new Error(`no publish cells over HTTP (${collection})`)
  }
}
