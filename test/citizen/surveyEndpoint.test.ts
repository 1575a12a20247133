import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { citizenData } from '../../src/citizen/accessRequest'
import { FormRateLimits } from '../../src/citizen/guards'
import { forgetNetworkFacts } from '../../src/citizen/networkFacts'
import { postEnquiry } from '../../src/citizen/postEnquiry'
import { postSurvey, type SurveyEndpoint } from '../../src/citizen/postSurvey'
import { anonymiseExpired } from '../../src/citizen/retention/anonymiseExpired'
import { surveyToken } from '../../src/citizen/surveyToken'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildCitizenFixture, formPost, madridForm, recordingPages } from './citizenFixture'

const CMS = 'https://cms.example'
const YEAR = new Date().getUTCFullYear()
let t: TestPayload
let fx: Awaited<ReturnType<typeof buildCitizenFixture>>
let serviceSlug: string

const endpoint = (): SurveyEndpoint => ({
  payload: t.payload, pages: recordingPages, limits: new FormRateLimits({ perClient: 1000, perMission: 1000 }), env: { CMS_PUBLIC_URL: CMS },
})
const survey = (fields: Record<string, string>, json = true) =>
  postSurvey(formPost(`${CMS}/citizen/survey`, fields, json ? { accept: 'application/json' } : {}), endpoint())
const responses = async () => (await t.payload.count({ collection: 'survey-responses' })).totalDocs

async function newEnquiry(fields: Record<string, string> = {}): Promise<{ id: string; reference: string }> {
  const answer = await postEnquiry(formPost(`${CMS}/citizen/enquiries`, madridForm(fields), { accept: 'application/json' }), {
    payload: t.payload, pages: recordingPages, limits: new FormRateLimits({ perClient: 1000, perMission: 1000 }), env: { CMS_PUBLIC_URL: CMS },
  })
  const { reference } = JSON.parse(answer.body)
  const [doc] = (await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } })).docs
  return { id: doc!.id, reference }
}

beforeAll(async () => {
  t = await startTestPayload()
  fx = await buildCitizenFixture(t.payload)
  const service = await t.payload.create({
    collection: 'services',
    data: { title: 'Pasaporte', slug: 'passport', summary: 'Renovación', category: 'passports', audience: ['nationals'], _status: 'published' } as never,
    context: { seeding: true },
  })
  serviceSlug = service.slug
  // Another process (or an earlier run) already numbered enquiries this year.
  await t.payload.create({
    collection: 'enquiries',
    data: { reference: `BAR-${YEAR}-000500`, sequence: YEAR * 1_000_000 + 500, mission: fx.cairo.id, locale: 'es', status: 'closed' } as never,
  })
  forgetNetworkFacts(t.payload)
})
afterAll(async () => t?.close())

describe('references', () => {
  it('continue the network’s numbering of the year in a process that starts after others numbered', async () => {
    const { reference } = await newEnquiry({ message: 'Numeración' })
    expect(reference).toBe(`MAD-${YEAR}-000501`)
  })
})

describe('the survey on a service page', () => {
  it('stores a rating for the mission and the service, then thanks the visitor on the CMS’s page', async () => {
    const answer = await survey({ mission: 'madrid', locale: 'es', service: serviceSlug, rating: '4', resolved: 'yes', comment: 'Rápido' }, false)
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe(`${CMS}/citizen/survey/thanks?mission=madrid&locale=es`)
    const [doc] = (await t.payload.find({ collection: 'survey-responses', depth: 0, sort: '-createdAt', limit: 1 })).docs
    expect(doc).toMatchObject({ mission: fx.madrid.id, rating: 4, resolved: true, comment: 'Rápido', locale: 'es' })
  })

  it('refuses an unknown service or a missing rating by name, and stores nothing', async () => {
    const before = await responses()
    const answer = await survey({ mission: 'madrid', service: 'nope', resolved: 'no' })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors).toEqual({ rating: 'required', service: 'unknown-choice' })
    const page = await survey({ mission: 'madrid', locale: 'ar', service: serviceSlug, rating: '9', resolved: 'no' }, false)
    expect(page.status).toBe(400)
    expect(page.body).toContain('survey madrid ar')
    expect(await responses()).toBe(before)
  })
})

describe('the survey a reply links to', () => {
  it('rates that enquiry once, with the link’s token, in the enquiry’s mission', async () => {
    const { id, reference } = await newEnquiry({ message: 'Para la encuesta' })
    const token = surveyToken(t.payload.secret, reference)
    const forged = await survey({ ref: reference, token: 'x'.repeat(32), rating: '5', resolved: 'yes' })
    expect(forged.status).toBe(400)
    expect(JSON.parse(forged.body).errors).toEqual({ ref: 'invalid-link' })
    expect((await survey({ ref: reference, token, rating: '2', resolved: 'no', comment: 'Tardaron' })).status).toBe(201)
    const again = await survey({ ref: reference, token, rating: '5', resolved: 'yes' })
    expect(JSON.parse(again.body).errors).toEqual({ form: 'already-answered' })
    const rated = await t.payload.find({ collection: 'survey-responses', depth: 0, where: { enquiry: { equals: id } } })
    expect(rated.docs).toHaveLength(1)
    expect(rated.docs[0]).toMatchObject({ mission: fx.madrid.id, rating: 2, resolved: false })
  })
})

describe('personal data', () => {
  it('anonymises closed enquiries and survey comments past the retention period, and keeps the figures', async () => {
    const old = await newEnquiry({ message: 'Antigua', email: 'old@example.org', name: 'Old Person' })
    const recent = await newEnquiry({ message: 'Reciente', email: 'recent@example.org' })
    await t.payload.update({ collection: 'enquiries', id: old.id, data: { reply: 'Hecho', status: 'closed' } })
    await t.payload.update({ collection: 'enquiries', id: recent.id, data: { status: 'closed' } })
    const later = new Date(Date.now() + 366 * 24 * 60 * 60 * 1000)
    // The recent one closes a year later than the old one: only the old one has passed 365 days.
    await t.payload.db.updateOne({ collection: 'enquiries', id: recent.id, data: { closedAt: later.toISOString() } })
    const summary = await anonymiseExpired(t.payload, new Date(later.getTime() + 1000))
    expect(summary.enquiries).toBeGreaterThanOrEqual(1)
    const gone = await t.payload.findByID({ collection: 'enquiries', id: old.id, depth: 0 })
    expect(gone).toMatchObject({ name: null, email: null, phone: null, message: null, reply: null, status: 'closed', reference: old.reference })
    expect(gone.firstRepliedAt).toBeTruthy()
    expect(gone.anonymisedAt).toBeTruthy()
    expect((await t.payload.findByID({ collection: 'enquiries', id: recent.id, depth: 0 })).email).toBe('recent@example.org')
    const comments = await t.payload.find({ collection: 'survey-responses', depth: 0, where: { comment: { exists: true } } })
    expect(comments.docs).toHaveLength(0)
  })

  it('exports everything held about one address, and nothing about anyone else', async () => {
    await newEnquiry({ message: 'Primera', email: 'Export@Example.org' })
    await newEnquiry({ message: 'Segunda', email: 'export@example.org' })
    await newEnquiry({ message: 'De otra persona', email: 'someone.else@example.org' })
    const data = await citizenData(t.payload, 'export@example.org')
    expect(data.enquiries.map((e) => e.message).sort()).toEqual(['Primera', 'Segunda'])
    expect(JSON.stringify(data)).not.toContain('someone.else')
    expect(JSON.stringify(data)).not.toContain('idempotencyKey')
  })
})
