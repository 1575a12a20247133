import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FormRateLimits } from '../../src/citizen/guards'
import { SEND_CITIZEN_MAIL } from '../../src/citizen/mail/citizenMailJob'
import { forgetNetworkFacts } from '../../src/citizen/networkFacts'
import { postEnquiry, type EnquiryEndpoint } from '../../src/citizen/postEnquiry'
import { isSurveyToken } from '../../src/citizen/surveyToken'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildCitizenFixture, formPost, madridForm, recordingPages } from './citizenFixture'

const CMS = 'https://cms.example'
const URL_ = `${CMS}/citizen/enquiries`
let t: TestPayload
let fx: Awaited<ReturnType<typeof buildCitizenFixture>>

const endpoint = (limits = { perClient: 1000, perMission: 1000 }): EnquiryEndpoint => ({
  payload: t.payload, pages: recordingPages, limits: new FormRateLimits(limits), env: { CMS_PUBLIC_URL: CMS },
})
const stored = async () => (await t.payload.count({ collection: 'enquiries' })).totalDocs
const runMail = () => t.payload.jobs.run({ where: { taskSlug: { equals: SEND_CITIZEN_MAIL } }, limit: 100, silent: true } as never)
const parsedOutbox = async () => Promise.all(outbox().map(async (f) => simpleParser(fs.readFileSync(f))))
const outbox = () => {
  const dir = path.join(t.dataDir, 'outbox')
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(dir, f)) : []
}

const previousCmsUrl = process.env.CMS_PUBLIC_URL
beforeAll(async () => {
  // The mail job reads the CMS's address from the server's environment, as in production.
  process.env.CMS_PUBLIC_URL = CMS
  t = await startTestPayload()
  fx = await buildCitizenFixture(t.payload)
  forgetNetworkFacts(t.payload)
})
afterAll(async () => {
  if (previousCmsUrl === undefined) delete process.env.CMS_PUBLIC_URL
  else process.env.CMS_PUBLIC_URL = previousCmsUrl
  await t?.close()
})

describe('a contact form post without JavaScript', () => {
  it('stores the enquiry under a network reference and redirects to the received page, which the CMS serves', async () => {
    const answer = await postEnquiry(formPost(URL_, madridForm()), endpoint())
    expect(answer.status).toBe(303)
    const location = new URL(answer.headers.location!)
    expect(`${location.origin}${location.pathname}`).toBe(`${CMS}/citizen/enquiries/received`)
    const reference = location.searchParams.get('ref')!
    expect(reference).toMatch(/^MAD-\d{4}-\d{6}$/)
    expect(location.searchParams.get('mission')).toBe('madrid')
    expect(answer.headers['cache-control']).toBe('no-store')
    const [doc] = (await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } })).docs
    expect(doc).toMatchObject({ status: 'new', locale: 'es', name: 'Ana Pérez', email: 'ana@example.org', message: 'Necesito renovar mi pasaporte.' })
  })

  it('answers errors with the form again in the visitor’s language, the fields kept, and stores nothing', async () => {
    const before = await stored()
    const answer = await postEnquiry(formPost(URL_, madridForm({ locale: 'en', email: 'ana@', message: 'Still here' })), endpoint())
    expect(answer.status).toBe(400)
    expect(answer.headers['content-type']).toMatch(/text\/html/)
    expect(answer.body).toContain('form madrid en')
    expect(answer.body).toContain('"email":"invalid-email"')
    expect(answer.body).toContain('"message":"Still here"')
    expect(await stored()).toBe(before)
  })
})

describe('a contact form post from the script', () => {
  it('answers JSON with the reference, readable by the site’s origin', async () => {
    const answer = await postEnquiry(formPost(URL_, madridForm({ key: 'k-one' }), { accept: 'application/json' }), endpoint())
    expect(answer.status).toBe(201)
    expect(answer.headers['access-control-allow-origin']).toBe('https://madrid.example.gob.ec')
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, duplicate: false, reference: expect.stringMatching(/^MAD-/) })
  })

  it('answers every field error by name', async () => {
    const answer = await postEnquiry(formPost(URL_, madridForm({ name: '', topic: 'gossip' }), { accept: 'application/json' }), endpoint())
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: 'invalid', errors: { name: 'required', topic: 'unknown-choice' } })
  })
})

describe('a resubmitted form', () => {
  it('is stored once, with or without the script’s key, and answers the same reference', async () => {
    const before = await stored()
    const fields = madridForm({ message: 'Doble clic', key: 'same-key' })
    const [a, b] = await Promise.all([0, 1].map(() => postEnquiry(formPost(URL_, fields, { accept: 'application/json' }), endpoint())))
    const noScript = madridForm({ message: 'Reintento sin script' })
    const [c, d] = await Promise.all([0, 1].map(() => postEnquiry(formPost(URL_, noScript), endpoint())))
    expect(JSON.parse(a!.body).reference).toBe(JSON.parse(b!.body).reference)
    expect(new URL(c!.headers.location!).searchParams.get('ref')).toBe(new URL(d!.headers.location!).searchParams.get('ref'))
    expect(await stored()).toBe(before + 2)
  })

  it('gives concurrent different enquiries distinct references', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      postEnquiry(formPost(URL_, madridForm({ message: `Consulta ${i}` }), { accept: 'application/json' }), endpoint())))
    const references = answers.map((a) => JSON.parse(a.body).reference)
    expect(new Set(references).size).toBe(20)
  })
})

describe('abuse and bad input: each refusal says why and stores nothing', () => {
  const refusals: [string, () => Request, number, string, EnquiryEndpoint?][] = [
    ['a filled honeypot', () => formPost(URL_, madridForm({ website: 'http://spam.example' }), { accept: 'application/json' }), 400, 'honeypot'],
    ['a form filled in under three seconds', () => formPost(URL_, madridForm({ started: String(Date.now() - 200) }), { accept: 'application/json' }), 400, 'too-fast'],
    ['a post from another origin', () => formPost(URL_, madridForm(), { origin: 'https://evil.example', accept: 'application/json' }), 403, 'origin'],
    ['a post with no origin at all', () => formPost(URL_, madridForm(), { origin: '' }), 403, 'network'],
    ['a message over 5,000 characters', () => formPost(URL_, madridForm({ message: 'x'.repeat(5001) }), { accept: 'application/json' }), 400, 'too-long'],
    ['a body over 64 KiB', () => formPost(URL_, madridForm({ message: 'x'.repeat(70_000) }), { accept: 'application/json' }), 413, 'too-large'],
    ['a JSON body', () => new Request(URL_, { method: 'POST', headers: { origin: 'https://madrid.example.gob.ec', 'content-type': 'application/json', accept: 'application/json' }, body: '{"name":"x"}' }), 415, 'content-type'],
    ['a malformed body', () => formPost(URL_, {}, { accept: 'application/json' }), 400, 'required'],
    ['a bad e-mail address', () => formPost(URL_, madridForm({ email: 'ana@example' }), { accept: 'application/json' }), 400, 'invalid-email'],
    ['an unknown mission', () => formPost(URL_, madridForm({ mission: 'atlantis' }), { accept: 'application/json' }), 400, 'unknown-choice'],
  ]
  for (const [what, request, status, says] of refusals) {
    it(`refuses ${what} with ${status}`, async () => {
      const before = await stored()
      const answer = await postEnquiry(request(), endpoint())
      expect(answer.status).toBe(status)
      expect(answer.body).toContain(says)
      expect(await stored()).toBe(before)
    })
  }

  it('takes the opaque origin of sandboxed pages only from the sites this server serves itself', async () => {
    const opaque = () => formPost(URL_, madridForm({ message: `Desde un sitio servido aquí ${Math.random()}` }), { origin: 'null', accept: 'application/json' })
    const elsewhere = await postEnquiry(opaque(), endpoint())
    expect(elsewhere.status).toBe(403)
    const servedHere = { ...endpoint(), env: { SITES_PUBLIC_URL: `${CMS}/sites` } }
    const answer = await postEnquiry(opaque(), servedHere)
    expect(answer.status).toBe(201)
    expect(answer.headers['access-control-allow-origin']).toBe('null')
  })

  it('answers 429 with Retry-After past the limit per client address, and per mission from any address', async () => {
    const limited = endpoint({ perClient: 2, perMission: 3 })
    const post = (ip: string, i: number) => postEnquiry(formPost(URL_, madridForm({ message: `Límite ${ip} ${i}` }), { 'x-forwarded-for': ip, accept: 'application/json' }), limited)
    expect((await post('203.0.113.1', 1)).status).toBe(201)
    expect((await post('203.0.113.1', 2)).status).toBe(201)
    const before = await stored()
    const perClient = await post('203.0.113.1', 3)
    expect(perClient.status).toBe(429)
    expect(Number(perClient.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(perClient.body).error).toBe('rate-limit-client')
    expect((await post('203.0.113.2', 1)).status).toBe(201)
    const perMission = await post('203.0.113.3', 1)
    expect(perMission.status).toBe(429)
    expect(JSON.parse(perMission.body).error).toBe('rate-limit-mission')
    expect(await stored()).toBe(before + 1)
  })
})

describe('mail', () => {
  it('acknowledges each enquiry in the language of the page it was sent from, with its reference', async () => {
    const answer = await postEnquiry(formPost(URL_, madridForm({ locale: 'en', message: 'In English please', name: 'John Smith', email: 'john@example.org' }), { accept: 'application/json' }), endpoint())
    const { reference } = JSON.parse(answer.body)
    // Sent straight after the answer, outside the request.
    await expect.poll(async () => (await parsedOutbox()).some((m) => m.subject?.includes(reference)), { timeout: 10_000 }).toBe(true)
    const ack = (await parsedOutbox()).find((m) => m.subject?.includes(reference))
    expect(ack?.subject).toBe(`We have received your enquiry ${reference} — Embajada madrid`)
    expect(ack?.to && 'value' in ack.to ? ack.to.value[0]?.address : null).toBe('john@example.org')
    expect(ack?.text).toContain('within 3 working days')
  })

  it('sends the reply a mission editor saves, once, with a survey link tied to the reference', async () => {
    const answer = await postEnquiry(formPost(URL_, madridForm({ message: 'Pregunta para responder' }), { accept: 'application/json' }), endpoint())
    const { reference } = JSON.parse(answer.body)
    const [doc] = (await t.payload.find({ collection: 'enquiries', where: { reference: { equals: reference } } })).docs
    const replies = async () => (await parsedOutbox()).filter((m) => m.subject === `Respuesta a su consulta ${reference} — Embajada madrid`)
    const updated = await t.payload.update({
      collection: 'enquiries', id: doc!.id, overrideAccess: false, user: fx.madridEditor as never,
      data: { reply: 'Puede pedir cita en línea.', message: 'rewritten by staff', email: 'other@example.org' },
    })
    expect(updated).toMatchObject({ status: 'answered', reply: 'Puede pedir cita en línea.', message: 'Pregunta para responder', email: 'ana@example.org' })
    expect(updated.repliedBy && typeof updated.repliedBy === 'object' ? updated.repliedBy.id : updated.repliedBy).toBe(fx.madridEditor.id)
    expect(updated.firstRepliedAt).toBeTruthy()
    // Saving again without changing the reply sends nothing more.
    await t.payload.update({ collection: 'enquiries', id: doc!.id, overrideAccess: false, user: fx.madridEditor as never, data: { internalNotes: 'done' } })
    await runMail()
    const sent = await replies()
    expect(sent).toHaveLength(1)
    const reply = sent[0]!
    const link = new URL(/https:\/\/cms\.example\/citizen\/survey\?\S+/.exec(reply.text ?? '')![0])
    expect(link.searchParams.get('ref')).toBe(reference)
    expect(isSurveyToken(t.payload.secret, reference, link.searchParams.get('token'))).toBe(true)
  })

  it('keeps the queue free of personal data: a mail job names only the message kind and the enquiry', async () => {
    await postEnquiry(formPost(URL_, madridForm({ message: 'Queue check', email: 'queue@example.org' }), { accept: 'application/json' }), endpoint())
    const jobs = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: SEND_CITIZEN_MAIL } }, limit: 1000 })
    expect(JSON.stringify(jobs.docs.map((j) => j.input))).not.toMatch(/queue@example\.org|Queue check|Ana/)
  })
})

describe('storing', () => {
  it('returns the id the enquiry is stored under, which a queued acknowledgement finds it by', async () => {
    const { networkFacts } = await import('../../src/citizen/networkFacts')
    const { storeEnquiry } = await import('../../src/citizen/storeEnquiry')
    const facts = await networkFacts(t.payload)
    const mission = facts.missions.get('madrid')!
    const topic = [...facts.topics.keys()][0]!
    const result = await storeEnquiry(t.payload, mission, facts.topics.get(topic)!, {
      mission: 'madrid', locale: 'es', name: 'Rosa Id', email: 'rosa@example.org', phone: '', topic, message: 'Una consulta.', key: 'stored-id-check',
    })
    const doc = await t.payload.findByID({ collection: 'enquiries', id: result.id, depth: 0 })
    expect(doc.reference).toBe(result.reference)
  })
})
