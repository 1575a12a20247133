import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

/**
 * A small network for access tests: two missions (A and B), one user of each role
 * (the mission editor is assigned to A only), and for every collection documents in A,
 * in B and ministry-wide, published and draft where the collection has drafts.
 * Everything is created with access control off; tests then act as each user.
 */

export const STAFF_PASSWORD = 'access-matrix-password-0123'

/** Every draft title contains this word and no published title does, so leaks are easy to spot. */
export const DRAFT_MARKER = 'DRAFT'

/** What mission A's internal notes say; it must never reach an anonymous reader. */
export const INTERNAL_NOTE = 'Confidential: ambassador arrives on the 3rd, do not publish'

/**
 * Every name, message and survey comment a citizen wrote in the fixture contains this word, and
 * every citizen address is at CITIZEN_DOMAIN, so personal data in a response is easy to spot.
 */
export const PERSONAL_MARKER = 'PERSONAL'
export const CITIZEN_DOMAIN = 'citizen.example.net'
export const citizenEmail = (key: MissionKey) => `person-${key.toLowerCase()}@${CITIZEN_DOMAIN}`

export type StaffRole = 'ministry-admin' | 'ministry-editor' | 'mission-editor'
export type MissionKey = 'A' | 'B'
export type Scope = MissionKey | 'ministry'
export type Status = 'published' | 'draft'

export type StaffUser = {
  id: string
  email: string
  password: string
  role: StaffRole
  /** The user exactly as Payload puts it on `req.user` for a request carrying their token. */
  user: NonNullable<PayloadRequest['user']>
}

export type VersionedPair = { published: string; draft: string }

export type AccessFixture = {
  missions: Record<MissionKey, string>
  users: Record<StaffRole, StaffUser>
  pressReleases: Record<Scope, VersionedPair>
  /** Blog posts (collections/BlogPosts), drafts and published, per mission and the ministry's. */
  blogPosts: Record<Scope, VersionedPair>
  missionPages: Record<MissionKey, VersionedPair>
  services: VersionedPair
  topic: string
  platform: string
  socialAccounts: Record<MissionKey, string>
  media: Record<MissionKey | 'ministry', string>
  /** Title of B's published release's newer, unpublished revision. */
  pendingRevisionTitle: string
  enquiryTopic: string
  /** Written by citizenEmail(key) to mission key. */
  enquiries: Record<MissionKey, string>
  /** The survey answered after enquiries[key], filed under mission key. */
  surveyResponses: Record<MissionKey, string>
  /** Further enquiries to mission B, for the access request: what it must and must not return for citizenEmail('A'). */
  /** Each mission's one office, which offers both fixture services. */
  offices: Record<MissionKey, string>
  /** Mission key's passport schedule (the published service at its office). */
  schedules: Record<MissionKey, string>
  /** Booked by citizenEmail(key) at mission key's schedule. */
  bookings: Record<MissionKey, string>
  /** Advice for mission A's host country (ES): published, and for FR a draft never published. */
  travelAdvice: VersionedPair
  /** An embassy of the accredited corps (host country): published, and a draft never published. */
  accreditedMissions: VersionedPair
  /** Alerts addressed to mission A, to mission B, and (`ministry`) to the whole network: published and draft. */
  alerts: Record<Scope, VersionedPair>
  accessRequest: {
    /** citizenEmail('A') in other letter case: the same person, so exported. */
    sameAddress: string
    /** Addresses containing citizenEmail('A'): other people, never exported. */
    lookalikes: string[]
  }
}

export const titleOf = (kind: string, scope: Scope, status: Status) =>
  `${status === 'draft' ? DRAFT_MARKER : 'Published'} ${kind} of ${scope === 'ministry' ? 'the ministry' : `mission ${scope}`}`

export const EMAILS: Record<StaffRole, string> = {
  'ministry-admin': 'admin@ministry.example.org',
  'ministry-editor': 'editor@ministry.example.org',
  'mission-editor': 'editor@mission-a.example.org',
}

export function missionData(key: MissionKey) {
  return {
    name: `Embassy ${key}`,
    slug: `embassy-${key.toLowerCase()}`,
    type: 'embassy',
    hostCountry: key === 'A' ? 'ES' : 'MX',
    city: key === 'A' ? 'Madrid' : 'Ciudad de México',
    siteLocales: ['es', 'en'],
    defaultLocale: 'es',
    baseUrl: `https://mission-${key.toLowerCase()}.example.org`,
    internalNotes: `${INTERNAL_NOTE} (mission ${key})`,
  }
}

/** A real PNG, so uploads go through sharp's resizing as they do in the admin. */
export async function pngFile(name: string, colour = '#0b3d91') {
  const data = await sharp({ create: { width: 16, height: 12, channels: 3, background: colour } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export function pressReleaseData(scope: Scope, status: Status, slug: string, missionId: string | null | undefined) {
  return { title: titleOf('press release', scope, status), slug, summary: `Summary of the ${status} press release`, mission: missionId }
}

export function blogPostData(scope: Scope, status: Status, slug: string, missionId: string | null | undefined) {
  return { title: titleOf('blog post', scope, status), slug, summary: `Summary of the ${status} blog post`, authors: [{ name: 'Ana Ruiz', role: 'Consul' }], mission: missionId }
}

/** Signs the user in and reads them back the way the JWT strategy does for a real request. */
export async function signIn(payload: Payload, email: string, password: string): Promise<NonNullable<PayloadRequest['user']>> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  if (!user || user.collection !== 'users') throw new Error(`${email} did not authenticate as a user`)
  return user
}

let enquirySequence = 2026000000
/** An enquiry as the form endpoint stores it: reference, sequence and locale are what the endpoint stamps. */
export function enquiryData(missionId: string, reference: string, email: string, topic?: string) {
  return {
    mission: missionId, reference, sequence: ++enquirySequence, locale: 'es', topic,
    name: `${PERSONAL_MARKER} name of ${email}`, email, phone: '+34 600 000 000',
    message: `${PERSONAL_MARKER} message: my passport was stolen (${reference})`,
    internalNotes: `Notes on ${reference}`,
  }
}

/** Where appointments are given: one office per mission offering both fixture services, in the mission's time zone. */
export function appointmentOffice(key: MissionKey, services: string[]) {
  return {
    name: `Consular office of mission ${key}`, isMain: true,
    address: { street: `Street ${key} 1`, city: key === 'A' ? 'Madrid' : 'Ciudad de México', country: key === 'A' ? 'ES' : 'MX' },
    openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '14:00' }],
    services,
  }
}

export function scheduleData(missionId: string, officeId: string, serviceId: string, overrides: Record<string, unknown> = {}) {
  return { mission: missionId, office: officeId, service: serviceId, slotMinutes: 15, placesPerSlot: 1, ...overrides }
}

let bookingSequence = 2027000000
/** A booking as the booking store writes it; `tag` keeps its unique keys apart from every other booking's. */
export function bookingData(missionId: string, scheduleId: string, serviceId: string, officeId: string, email: string, tag: string) {
  const slotStart = '2027-01-07T08:00:00.000Z'
  return {
    reference: `TST-2027-A${tag}`, sequence: ++bookingSequence, mission: missionId, schedule: scheduleId, service: serviceId, office: officeId,
    slotStart, slotEnd: '2027-01-07T08:15:00.000Z', place: 1, placeKey: `${scheduleId}|${slotStart}|${tag}`, idempotencyKey: `k:${tag}`,
    tokenNonce: `nonce-${tag}-0123456789`, status: 'booked', locale: 'es',
    name: `${PERSONAL_MARKER} applicant ${email}`, email, phone: '+34 600 000 001', documentNumber: `${PERSONAL_MARKER}-X123`, people: 1,
  }
}

/** Countries no fixture advice uses, for the matrix's throwaway advice (one advice per country). */
export const THROWAWAY_ADVICE_COUNTRIES = ['DE', 'IT', 'PT', 'NL', 'BE', 'AT', 'CH', 'SE', 'NO', 'DK', 'FI', 'IE'] as const

/** Travel advice at level 1; the change note (in the default language) is what publishing asks for. */
export function travelAdviceData(country: string, summary: string) {
  return { country, level: 'exercise-normal-precautions', summary, changeNote: `First advice for ${country}` }
}

/**
 * An alert to one mission, or (`ministry`) to the whole network. Its window is fixed and long
 * past, so publishing one queues no start or expiry job, whatever the clock says.
 */
export function alertData(scope: Scope, title: string, missionId: string | null) {
  return {
    severity: 'warning', title, text: `Text of ${title}`,
    startsAt: '2025-03-01T08:00:00.000Z', expiresAt: '2025-03-08T08:00:00.000Z',
    ...(scope === 'ministry' ? { scope: 'network', missions: [] } : { scope: 'selected', missions: [missionId] }),
  }
}

export function surveyResponseData(missionId: string, enquiryId?: string, comment = `${PERSONAL_MARKER} comment: slow answer`) {
  return { mission: missionId, enquiry: enquiryId, rating: 2, resolved: false, comment, locale: 'es' }
}

export async function buildAccessFixture(payload: Payload): Promise<AccessFixture> {
  const create = async (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>, opts: { draft?: boolean } = {}) =>
    String((await payload.create({ collection, data: data as never, draft: opts.draft })).id)

  const missions = {
    A: await create('missions', missionData('A')),
    B: await create('missions', missionData('B')),
  }
  const scopeId = (scope: Scope) => (scope === 'ministry' ? undefined : missions[scope])

  // The first account becomes an administrator whatever it asks for, so the admin comes first.
  const userIds = {} as Record<StaffRole, string>
  for (const role of ['ministry-admin', 'ministry-editor', 'mission-editor'] as const) {
    userIds[role] = await create('users', {
      email: EMAILS[role], password: STAFF_PASSWORD, name: role, role,
      missions: role === 'mission-editor' ? [missions.A] : [],
    })
  }
  const users = {} as Record<StaffRole, StaffUser>
  for (const role of Object.keys(userIds) as StaffRole[]) {
    users[role] = { id: userIds[role], email: EMAILS[role], password: STAFF_PASSWORD, role, user: await signIn(payload, EMAILS[role], STAFF_PASSWORD) }
  }

  const versioned = async (collection: 'press-releases' | 'mission-pages' | 'blog-posts', build: (status: Status) => Record<string, unknown>) => ({
    published: await create(collection, { ...build('published'), _status: 'published' }),
    draft: await create(collection, { ...build('draft'), _status: 'draft' }, { draft: true }),
  })

  const pressReleases = {} as Record<Scope, VersionedPair>
  for (const scope of ['A', 'B', 'ministry'] as const) {
    pressReleases[scope] = await versioned('press-releases', (status) => pressReleaseData(scope, status, `${status}-release`, scopeId(scope)))
  }
  const blogPosts = {} as Record<Scope, VersionedPair>
  for (const scope of ['A', 'B', 'ministry'] as const) {
    blogPosts[scope] = await versioned('blog-posts', (status) => blogPostData(scope, status, `${status}-post`, scopeId(scope)))
  }
  const pendingRevisionTitle = `${DRAFT_MARKER} revision of mission B's published press release`
  await payload.update({ collection: 'press-releases', id: pressReleases.B.published, data: { title: pendingRevisionTitle }, draft: true })

  const missionPages = {} as Record<MissionKey, VersionedPair>
  for (const key of ['A', 'B'] as const) {
    missionPages[key] = await versioned('mission-pages', (status) => ({
      mission: missions[key], kind: status === 'published' ? 'about' : 'culture', title: titleOf('mission page', key, status),
    }))
  }

  const serviceData = (status: Status) => ({
    title: titleOf('service', 'ministry', status), slug: `${status}-service`, summary: 'How to renew a passport',
    category: 'passports', audience: ['nationals'], missions: [missions.A, missions.B],
  })
  const services = {
    published: await create('services', { ...serviceData('published'), _status: 'published' }),
    draft: await create('services', { ...serviceData('draft'), _status: 'draft' }, { draft: true }),
  }

  const topic = await create('topics', { name: 'Consular affairs', slug: 'consular-affairs' })
  const platform = await create('social-platforms', { name: 'X', slug: 'x', hosts: [{ host: 'x.com' }, { host: 'twitter.com' }] })
  const socialAccounts = {
    A: await create('social-accounts', { ownerType: 'mission', mission: missions.A, platform, url: 'https://x.com/mission_a', handle: '@mission_a' }),
    B: await create('social-accounts', { ownerType: 'mission', mission: missions.B, platform, url: 'https://x.com/mission_b', handle: '@mission_b' }),
  }

  const media = {} as Record<MissionKey | 'ministry', string>
  for (const scope of ['A', 'B', 'ministry'] as const) {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `Photograph of ${scope === 'ministry' ? 'the ministry' : `mission ${scope}`}`, mission: scopeId(scope) } as never,
      file: await pngFile(`photo-${scope.toLowerCase()}.png`),
    })
    media[scope] = String(doc.id)
  }

  await payload.updateGlobal({
    slug: 'ministry',
    data: { name: 'Ministry of Foreign Affairs', baseUrl: 'https://www.ministry.example.org', footerText: 'Original footer' } as never,
  })

  const enquiryTopic = await create('enquiry-topics', { name: 'Passports', slug: 'passports', order: 1 })
  const prefix = { A: 'MAD', B: 'MEX' } as const
  const enquiries = {} as Record<MissionKey, string>
  const surveyResponses = {} as Record<MissionKey, string>
  for (const key of ['A', 'B'] as const) {
    enquiries[key] = await create('enquiries', enquiryData(missions[key], `${prefix[key]}-2026-000001`, citizenEmail(key), enquiryTopic))
    surveyResponses[key] = await create('survey-responses', surveyResponseData(missions[key], enquiries[key]))
  }
  const offices = {} as Record<MissionKey, string>
  const schedules = {} as Record<MissionKey, string>
  const bookings = {} as Record<MissionKey, string>
  for (const key of ['A', 'B'] as const) {
    const mission = await payload.update({
      collection: 'missions', id: missions[key], depth: 0,
      data: { timeZone: key === 'A' ? 'Europe/Madrid' : 'America/Mexico_City', offices: [appointmentOffice(key, [services.published, services.draft])] } as never,
    })
    offices[key] = String(mission.offices![0]!.id)
    schedules[key] = await create('appointment-schedules', scheduleData(missions[key], offices[key], services.published))
    bookings[key] = await create('bookings', bookingData(missions[key], schedules[key], services.published, offices[key], citizenEmail(key), `fixture-${key}`))
  }

  const travelAdvice = {
    published: await create('travel-advice', { ...travelAdviceData('ES', titleOf('travel advice', 'ministry', 'published')), _status: 'published' }),
    draft: await create('travel-advice', { ...travelAdviceData('FR', titleOf('travel advice', 'ministry', 'draft')), _status: 'draft' }, { draft: true }),
  }

  const corpsEntry = (status: Status, state: string) => ({
    kind: 'embassy', sendingState: state, address: { city: 'Quito' }, head: { name: titleOf('accredited mission', 'ministry', status), class: 'ambassador' }, _status: status,
  })
  const accreditedMissions = {
    published: await create('accredited-missions', corpsEntry('published', 'MX')),
    draft: await create('accredited-missions', corpsEntry('draft', 'RU'), { draft: true }),
  }

  const alerts = {} as Record<Scope, VersionedPair>
  for (const scope of ['A', 'B', 'ministry'] as const) {
    alerts[scope] = {
      published: await create('alerts', { ...alertData(scope, titleOf('alert', scope, 'published'), scopeId(scope) ?? null), _status: 'published' }),
      draft: await create('alerts', { ...alertData(scope, titleOf('alert', scope, 'draft'), scopeId(scope) ?? null), _status: 'draft' }, { draft: true }),
    }
  }

  const [local, domain] = citizenEmail('A').split('@')
  const accessRequest = {
    sameAddress: await create('enquiries', enquiryData(missions.B, 'MEX-2026-000002', citizenEmail('A').toUpperCase(), enquiryTopic)),
    lookalikes: [
      await create('enquiries', enquiryData(missions.B, 'MEX-2026-000003', `other.${local}@${domain}`, enquiryTopic)),
      await create('enquiries', enquiryData(missions.B, 'MEX-2026-000004', `${local}@${domain}.org`, enquiryTopic)),
    ],
  }

  return {
    missions, users, pressReleases, blogPosts, missionPages, services, topic, platform, socialAccounts, media, pendingRevisionTitle,
    enquiryTopic, enquiries, surveyResponses, offices, schedules, bookings, travelAdvice, alerts, accessRequest,
    accreditedMissions,
  }
}
