/**
 * GET /api/citizen-data?email=…: everything held about one e-mail address (a data subject's
 * access request), for a ministry administrator only, as one JSON download.
 */
import type { Endpoint, Payload, PayloadHandler } from 'payload'

import { isMinistryAdmin } from '../access/roles'
import { isEmailAddress } from './formFields'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

export type CitizenDataExport = {
  email: string
  exportedAt: string
  enquiries: Record<string, unknown>[]
  surveyResponses: Record<string, unknown>[]
}

/** Every enquiry sent from the address (any letter case), and the survey answers tied to them. */
export async function citizenData(payload: Payload, email: string, now = new Date()): Promise<CitizenDataExport> {
  const enquiries = await payload.find({
    collection: 'enquiries', depth: 0, pagination: false, sort: 'createdAt',
    where: { email: { like: email } },
  })
  const own = enquiries.docs.filter((e) => e.email?.toLowerCase() === email.toLowerCase())
  const surveys = own.length
    ? await payload.find({ collection: 'survey-responses', depth: 0, pagination: false, where: { enquiry: { in: own.map((e) => e.id) } } })
    : { docs: [] }
  const strip = ({ idempotencyKey: _key, sequence: _sequence, ...rest }: Record<string, unknown>) => rest
  return { email, exportedAt: now.toISOString(), enquiries: own.map((e) => strip(e as unknown as Record<string, unknown>)), surveyResponses: surveys.docs as unknown as Record<string, unknown>[] }
}

export const citizenDataHandler: PayloadHandler = async (req) => {
  if (!isMinistryAdmin(req.user)) {
    return Response.json({ errors: [{ message: 'Only a ministry administrator may export what is held about a person.' }] }, { status: req.user ? 403 : 401, headers: PRIVATE })
  }
  const email = (req.searchParams?.get('email') ?? '').trim()
  if (!isEmailAddress(email)) {
    return Response.json({ errors: [{ message: 'email: give the e-mail address whose data to export, e.g. ?email=person@example.org' }] }, { status: 400, headers: PRIVATE })
  }
  const data = await citizenData(req.payload, email)
  return Response.json(data, {
    headers: { ...PRIVATE, 'Content-Disposition': `attachment; filename="citizen-data-${new Date().toISOString().slice(0, 10)}.json"` },
  })
}

export const citizenDataEndpoint: Endpoint = { path: '/citizen-data', method: 'get', handler: citizenDataHandler }
