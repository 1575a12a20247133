import type { Payload } from 'payload'

import type { CitizenPages } from '../../src/citizen/citizenPages'
import { createMission } from '../collections/helpers/missions'

/** Two missions, two topics, and the staff who handle what citizens send. */
export async function buildCitizenFixture(payload: Payload) {
  const madrid = await createMission(payload, 'madrid', { baseUrl: 'https://madrid.example.gob.ec/' })
  const cairo = await createMission(payload, 'cairo', { baseUrl: 'https://cairo.example.gob.ec/', siteLocales: ['ar', 'es'], defaultLocale: 'ar' })
  for (const [slug, name, order] of [['consular', 'Consular', 1], ['visas', 'Visados', 2]] as const) {
    await payload.create({ collection: 'enquiry-topics', data: { slug, name, order } })
  }
  await payload.updateGlobal({
    slug: 'ministry',
    data: { name: 'Cancillería', baseUrl: 'https://www.cancilleria.example/', citizenAttention: { replyWithinWorkingDays: 3, enquiryRetentionDays: 365 } },
    context: { seeding: true },
  })
  const user = (email: string, role: string, missions: string[] = []) =>
    payload.create({ collection: 'users', data: { email, password: 'correct horse battery staple', name: email, role, missions } as never })
  const admin = await user('admin@example.org', 'ministry-admin')
  const madridEditor = await user('madrid@example.org', 'mission-editor', [madrid.id])
  const cairoEditor = await user('cairo@example.org', 'mission-editor', [cairo.id])
  const asUser = async (u: { id: string }) => ({ ...(await payload.findByID({ collection: 'users', id: u.id, depth: 0 })), collection: 'users' as const })
  return { madrid, cairo, admin: await asUser(admin), madridEditor: await asUser(madridEditor), cairoEditor: await asUser(cairoEditor) }
}

/** Pages that say what they were asked to render, so the endpoint's choices can be read off the answer. */
export const recordingPages: CitizenPages = {
  enquiryForm: async (mission, locale, state) => `form ${mission} ${locale} ${JSON.stringify(state)}`,
  enquiryReceived: async (mission, locale, reference) => `received ${mission} ${locale} ${reference}`,
  surveyForm: async (mission, locale, state) => `survey ${mission} ${locale} ${JSON.stringify(state)}`,
  surveyThanks: async (mission, locale) => `thanks ${mission} ${locale}`,
}

export const SITE_ORIGIN = 'https://madrid.example.gob.ec'

/** A contact form post as a browser sends it from Madrid's site. */
export function formPost(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { origin: SITE_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.7', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
}

export const madridForm = (fields: Record<string, string> = {}) => ({
  mission: 'madrid', locale: 'es', name: 'Ana Pérez', email: 'ana@example.org', topic: 'consular',
  message: 'Necesito renovar mi pasaporte.', consent: 'yes', ...fields,
})
