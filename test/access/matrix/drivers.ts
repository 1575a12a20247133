import type { CollectionSlug, Payload, Where } from 'payload'

import {
  type AccessFixture, type MissionKey, type Scope, type Status,
  CITIZEN_DOMAIN, STAFF_PASSWORD, THROWAWAY_ADVICE_COUNTRIES, alertData, blogPostData, bookingData, enquiryData, scheduleData, pngFile, pressReleaseData, surveyResponseData, titleOf, travelAdviceData,
} from '../../support/accessFixture'
import type { Actor, Subject, Target } from './expectations'
import { auditTrailDriver } from './trail'

export type MatrixContext = { payload: Payload; fx: AccessFixture }

/** A document a write cell acts on; throwaway ones are removed afterwards so cells stay independent. */
export type Made = { id: string; throwaway: boolean }

export type Change = { data: Record<string, unknown>; applied: (stored: Record<string, any>) => boolean }

/** How the matrix reads, makes and changes documents of one collection. */
export type Driver = {
  collection: CollectionSlug
  drafts: boolean
  /** The fixture document a read cell asks for. */
  existing: (ctx: MatrixContext, target: Target, actor: Actor) => string
  /** What a create cell submits; `tag` makes it findable afterwards through `created`. */
  newData: (ctx: MatrixContext, target: Target, tag: string) => Record<string, unknown>
  created: (tag: string) => Where
  withFile?: boolean
  make: (ctx: MatrixContext, target: Target, actor: Actor, tag: string) => Promise<Made>
  change: (tag: string) => Change
}

export function parseTarget(target: Target): { scope: Scope; status: Status } {
  const [scope, status] = target.split(':') as [Scope, Status | undefined]
  return { scope, status: status ?? 'published' }
}

/** A ministry-wide document says so with `mission: null`; leaving it out lets a mission editor's default mission fill it in. */
const missionOf = (ctx: MatrixContext, scope: Scope) => (scope === 'ministry' ? null : ctx.fx.missions[scope as MissionKey])

/** Creates with access control off, as a draft when the target asks for one. */
async function makeDoc(ctx: MatrixContext, collection: CollectionSlug, data: Record<string, unknown>, status: Status, drafts: boolean, file?: boolean) {
  const doc = await ctx.payload.create({
    collection,
    data: (drafts ? { ...data, _status: status } : data) as never,
    draft: drafts && status === 'draft',
    file: file ? await pngFile('throwaway.png') : undefined,
  })
  return { id: String(doc.id), throwaway: true }
}

const summaryChange = (tag: string): Change => ({
  data: { summary: `Changed summary ${tag}` },
  applied: (doc) => doc.summary === `Changed summary ${tag}`,
})

const pressReleases: Driver = {
  collection: 'press-releases',
  drafts: true,
  existing: (ctx, target) => {
    const { scope, status } = parseTarget(target)
    return ctx.fx.pressReleases[scope][status]
  },
  newData: (ctx, target, tag) => pressReleaseData(parseTarget(target).scope, 'draft', `new-${tag}`, missionOf(ctx, parseTarget(target).scope)),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, target, _actor, tag) => {
    const { scope, status } = parseTarget(target)
    return makeDoc(ctx, 'press-releases', pressReleaseData(scope, status, `t-${tag}`, missionOf(ctx, scope)), status, true)
  },
  change: summaryChange,
}

const blogPosts: Driver = {
  collection: 'blog-posts',
  drafts: true,
  existing: (ctx, target) => {
    const { scope, status } = parseTarget(target)
    return ctx.fx.blogPosts[scope][status]
  },
  newData: (ctx, target, tag) => blogPostData(parseTarget(target).scope, 'draft', `new-${tag}`, missionOf(ctx, parseTarget(target).scope)),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, target, _actor, tag) => {
    const { scope, status } = parseTarget(target)
    return makeDoc(ctx, 'blog-posts', blogPostData(scope, status, `t-${tag}`, missionOf(ctx, scope)), status, true)
  },
  change: summaryChange,
}

/** Each mission has one page per kind: fixture pages use "about" and "culture", throwaways "tourism" and "study". */
const missionPages: Driver = {
  collection: 'mission-pages',
  drafts: true,
  existing: (ctx, target) => {
    const { scope, status } = parseTarget(target)
    return ctx.fx.missionPages[scope as MissionKey][status]
  },
  newData: (ctx, target, tag) => {
    const { scope } = parseTarget(target)
    return { mission: missionOf(ctx, scope), kind: 'study', title: `${titleOf('mission page', scope, 'draft')} ${tag}` }
  },
  created: (tag) => ({ title: { like: tag } }),
  make: (ctx, target, _actor, tag) => {
    const { scope, status } = parseTarget(target)
    const data = { mission: missionOf(ctx, scope), kind: status === 'published' ? 'tourism' : 'study', title: `${titleOf('mission page', scope, status)} ${tag}` }
    return makeDoc(ctx, 'mission-pages', data, status, true)
  },
  change: summaryChange,
}

const serviceData = (status: Status, slug: string) => ({
  title: titleOf('service', 'ministry', status), slug, summary: 'What the service is', category: 'visas', audience: ['foreigners'],
})

const services: Driver = {
  collection: 'services',
  drafts: true,
  existing: (ctx, target) => ctx.fx.services[parseTarget(target).status],
  newData: (_ctx, _target, tag) => serviceData('draft', `new-${tag}`),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, target, _actor, tag) => makeDoc(ctx, 'services', serviceData(parseTarget(target).status, `t-${tag}`), parseTarget(target).status, true),
  change: summaryChange,
}

const missions: Driver = {
  collection: 'missions',
  drafts: false,
  existing: (ctx, target) => ctx.fx.missions[target as MissionKey],
  newData: (_ctx, _target, tag) => ({
    name: `Consulate ${tag}`, slug: `new-${tag}`, type: 'consulate', hostCountry: 'FR', city: 'Paris',
    siteLocales: ['es'], defaultLocale: 'es', baseUrl: `https://${tag}.example.org`,
  }),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: async (ctx, target, actor, tag) =>
    target === 'new' ? makeDoc(ctx, 'missions', missions.newData(ctx, target, `t-${tag}`), 'published', false) : { id: missions.existing(ctx, target, actor), throwaway: false },
  change: (tag) => ({
    data: { headOfMission: { name: `Head ${tag}` } },
    applied: (doc) => doc.headOfMission?.name === `Head ${tag}`,
  }),
}

const topics: Driver = {
  collection: 'topics',
  drafts: false,
  existing: (ctx) => ctx.fx.topic,
  newData: (_ctx, _target, tag) => ({ name: `Topic ${tag}`, slug: `new-${tag}` }),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, _target, _actor, tag) => makeDoc(ctx, 'topics', { name: `Topic ${tag}`, slug: `t-${tag}` }, 'published', false),
  change: (tag) => ({ data: { name: `Renamed ${tag}` }, applied: (doc) => doc.name === `Renamed ${tag}` }),
}

const socialAccountData = (ctx: MatrixContext, scope: Scope, handle: string) => ({
  ownerType: 'mission', mission: missionOf(ctx, scope), platform: ctx.fx.platform, url: `https://x.com/${handle}`,
})

const socialAccounts: Driver = {
  collection: 'social-accounts',
  drafts: false,
  existing: (ctx, target) => ctx.fx.socialAccounts[target as MissionKey],
  newData: (ctx, target, tag) => ({ ...socialAccountData(ctx, parseTarget(target).scope, `new_${tag}`), title: `New ${tag}` }),
  created: (tag) => ({ url: { equals: `https://x.com/new_${tag}` } }),
  make: (ctx, target, _actor, tag) =>
    makeDoc(ctx, 'social-accounts', { ...socialAccountData(ctx, parseTarget(target).scope, `t_${tag}`), title: `Throwaway ${tag}` }, 'published', false),
  change: (tag) => ({ data: { handle: `@h_${tag}` }, applied: (doc) => doc.handle === `@h_${tag}` }),
}

const socialPlatforms: Driver = {
  collection: 'social-platforms',
  drafts: false,
  existing: (ctx) => ctx.fx.platform,
  newData: (_ctx, _target, tag) => ({ name: `Platform ${tag}`, slug: `new-${tag}`, hosts: [{ host: `new-${tag}.example` }] }),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, _target, _actor, tag) =>
    makeDoc(ctx, 'social-platforms', { name: `Platform ${tag}`, slug: `t-${tag}`, hosts: [{ host: `t-${tag}.example` }] }, 'published', false),
  change: (tag) => ({ data: { wikidataProperty: `P${tag}` }, applied: (doc) => doc.wikidataProperty === `P${tag}` }),
}

const media: Driver = {
  collection: 'media',
  drafts: false,
  withFile: true,
  existing: (ctx, target) => ctx.fx.media[target as MissionKey | 'ministry'],
  newData: (ctx, target, tag) => ({ alt: `New image ${tag}`, mission: missionOf(ctx, parseTarget(target).scope) }),
  created: (tag) => ({ alt: { equals: `New image ${tag}` } }),
  make: (ctx, target, _actor, tag) =>
    makeDoc(ctx, 'media', { alt: `Throwaway image ${tag}`, mission: missionOf(ctx, parseTarget(target).scope) }, 'published', false, true),
  change: (tag) => ({ data: { credit: `Credit ${tag}` }, applied: (doc) => doc.credit === `Credit ${tag}` }),
}

const users: Driver = {
  collection: 'users',
  drafts: false,
  existing: (ctx, target, actor) => {
    if (target === 'self' && actor !== 'anonymous') return ctx.fx.users[actor].id
    return ctx.fx.users[actor === 'ministry-admin' ? 'mission-editor' : 'ministry-admin'].id
  },
  newData: (ctx, _target, tag) => ({
    email: `new-${tag}@mission-a.example.org`, password: STAFF_PASSWORD, name: `New ${tag}`, role: 'mission-editor', missions: [ctx.fx.missions.A],
  }),
  created: (tag) => ({ email: { equals: `new-${tag}@mission-a.example.org` } }),
  make: async (ctx, target, actor, tag) =>
    target === 'self' && actor !== 'anonymous'
      ? { id: ctx.fx.users[actor].id, throwaway: false }
      : makeDoc(ctx, 'users', { ...users.newData(ctx, target, `t-${tag}`) }, 'published', false),
  change: (tag) => ({ data: { name: `Renamed ${tag}` }, applied: (doc) => doc.name === `Renamed ${tag}` }),
}

/** A reference and address of its own per document, so a cell's enquiry is found by reference and collides with none. */
const enquiryFor = (ctx: MatrixContext, target: Target, tag: string) =>
  enquiryData(ctx.fx.missions[target as MissionKey], `TST-2026-${tag}`, `${tag}@${CITIZEN_DOMAIN}`, ctx.fx.enquiryTopic)

const enquiries: Driver = {
  collection: 'enquiries',
  drafts: false,
  existing: (ctx, target) => ctx.fx.enquiries[target as MissionKey],
  newData: (ctx, target, tag) => enquiryFor(ctx, target, `new-${tag}`),
  created: (tag) => ({ reference: { equals: `TST-2026-new-${tag}` } }),
  make: (ctx, target, _actor, tag) => makeDoc(ctx, 'enquiries', enquiryFor(ctx, target, `t-${tag}`), 'published', false),
  change: (tag) => ({ data: { internalNotes: `Called back ${tag}` }, applied: (doc) => doc.internalNotes === `Called back ${tag}` }),
}

const surveyResponses: Driver = {
  collection: 'survey-responses',
  drafts: false,
  existing: (ctx, target) => ctx.fx.surveyResponses[target as MissionKey],
  newData: (ctx, target, tag) => surveyResponseData(ctx.fx.missions[target as MissionKey], undefined, `New ${tag}`),
  created: (tag) => ({ comment: { equals: `New ${tag}` } }),
  make: (ctx, target, _actor, tag) =>
    makeDoc(ctx, 'survey-responses', surveyResponseData(ctx.fx.missions[target as MissionKey], undefined, `Throwaway ${tag}`), 'published', false),
  // The mission's own verdict on the answer would be the tempting rewrite.
  change: (tag) => ({ data: { rating: 5, comment: `Rewritten ${tag}` }, applied: (doc) => doc.comment === `Rewritten ${tag}` }),
}

const enquiryTopics: Driver = {
  collection: 'enquiry-topics',
  drafts: false,
  existing: (ctx) => ctx.fx.enquiryTopic,
  newData: (_ctx, _target, tag) => ({ name: `Topic ${tag}`, slug: `new-${tag}` }),
  created: (tag) => ({ slug: { equals: `new-${tag}` } }),
  make: (ctx, _target, _actor, tag) => makeDoc(ctx, 'enquiry-topics', { name: `Topic ${tag}`, slug: `t-${tag}` }, 'published', false),
  change: (tag) => ({ data: { name: `Renamed ${tag}` }, applied: (doc) => doc.name === `Renamed ${tag}` }),
}

/**
 * One schedule per mission × office × service: the fixture's uses the published service, so a
 * cell's own schedule (made, then removed) uses the draft one, which the office offers too.
 */
const cellSchedule = (ctx: MatrixContext, target: Target, overrides: Record<string, unknown> = {}) => {
  const key = target as MissionKey
  return scheduleData(ctx.fx.missions[key], ctx.fx.offices[key], ctx.fx.services.draft, overrides)
}

const appointmentSchedules: Driver = {
  collection: 'appointment-schedules',
  drafts: false,
  existing: (ctx, target) => ctx.fx.schedules[target as MissionKey],
  newData: (ctx, target, tag) => cellSchedule(ctx, target, { closedDays: [{ date: '2027-12-24T12:00:00.000Z', reason: `new-${tag}` }] }),
  created: (tag) => ({ 'closedDays.reason': { equals: `new-${tag}` } }),
  make: (ctx, target) => makeDoc(ctx, 'appointment-schedules', cellSchedule(ctx, target), 'published', false),
  change: () => ({ data: { slotMinutes: 37 }, applied: (doc) => doc.slotMinutes === 37 }),
}

const bookingFor = (ctx: MatrixContext, target: Target, tag: string) => {
  const key = target as MissionKey
  return bookingData(ctx.fx.missions[key], ctx.fx.schedules[key], ctx.fx.services.published, ctx.fx.offices[key], `${tag}@${CITIZEN_DOMAIN}`, tag)
}

const bookings: Driver = {
  collection: 'bookings',
  drafts: false,
  existing: (ctx, target) => ctx.fx.bookings[target as MissionKey],
  newData: (ctx, target, tag) => bookingFor(ctx, target, `new-${tag}`),
  created: (tag) => ({ reference: { equals: `TST-2027-Anew-${tag}` } }),
  make: (ctx, target, _actor, tag) => makeDoc(ctx, 'bookings', bookingFor(ctx, target, `t-${tag}`), 'published', false),
  // What staff do to a booking: cancel it with a reason (which also gives its place back).
  change: (tag) => ({
    data: { status: 'cancelled', cancelReason: `Consul away ${tag}` },
    applied: (doc) => doc.status === 'cancelled' && doc.cancelReason === `Consul away ${tag}`,
  }),
}

/**
 * One advice per country: each cell's own document takes the next country of a pool the
 * fixture leaves free, so a cell never collides with the fixture's advice or a neighbour's.
 */
let adviceCountry = 0
const nextAdviceCountry = () => THROWAWAY_ADVICE_COUNTRIES[adviceCountry++ % THROWAWAY_ADVICE_COUNTRIES.length]

const travelAdvice: Driver = {
  collection: 'travel-advice',
  drafts: true,
  existing: (ctx, target) => ctx.fx.travelAdvice[parseTarget(target).status],
  newData: (_ctx, _target, tag) => travelAdviceData(nextAdviceCountry(), `New ${tag}`),
  created: (tag) => ({ summary: { equals: `New ${tag}` } }),
  make: (ctx, target, _actor, tag) => {
    const { status } = parseTarget(target)
    return makeDoc(ctx, 'travel-advice', travelAdviceData(nextAdviceCountry(), `${titleOf('travel advice', 'ministry', status)} ${tag}`), status, true)
  },
  change: summaryChange,
}

/** An embassy of the accredited corps, found again by its head's name. */
const corpsData = (headName: string) => ({ kind: 'embassy', sendingState: 'CL', address: { city: 'Quito' }, head: { name: headName, class: 'ambassador' } })

const accreditedMissions: Driver = {
  collection: 'accredited-missions',
  drafts: true,
  existing: (ctx, target) => ctx.fx.accreditedMissions[parseTarget(target).status],
  newData: (_ctx, _target, tag) => corpsData(`New ${tag}`),
  created: (tag) => ({ 'head.name': { equals: `New ${tag}` } }),
  make: (ctx, target, _actor, tag) => {
    const { status } = parseTarget(target)
    return makeDoc(ctx, 'accredited-missions', corpsData(`${titleOf('accredited mission', 'ministry', status)} ${tag}`), status, true)
  },
  change: (tag) => ({ data: { address: { city: `Changed ${tag}` } }, applied: (doc) => doc.address?.city === `Changed ${tag}` }),
}

/**
 * Alerts to mission A, to mission B, to the whole network (`ministry`), or to a country
 * (`country`: mission A's host country, along with mission A itself, so the country is the
 * only thing a mission editor could be refused for).
 */
const alertFor = (ctx: MatrixContext, target: Target, title: string) => {
  if (target === 'country') return { ...alertData('A', title, ctx.fx.missions.A), countries: ['ES'] }
  const { scope } = parseTarget(target)
  return alertData(scope, title, missionOf(ctx, scope))
}

const alerts: Driver = {
  collection: 'alerts',
  drafts: true,
  existing: (ctx, target) => {
    const { scope, status } = parseTarget(target)
    return ctx.fx.alerts[scope][status]
  },
  newData: (ctx, target, tag) => alertFor(ctx, target, `New alert ${tag}`),
  created: (tag) => ({ title: { equals: `New alert ${tag}` } }),
  make: (ctx, target, _actor, tag) => {
    const { scope, status } = parseTarget(target)
    const title = `${titleOf('alert', target === 'country' ? 'A' : scope, status)} ${tag}`
    return makeDoc(ctx, 'alerts', alertFor(ctx, target, title), status, true)
  },
  change: (tag) => ({ data: { text: `Changed text ${tag}` }, applied: (doc) => doc.text === `Changed text ${tag}` }),
}

export const DRIVERS: Record<Exclude<Subject, 'ministry'>, Driver> = {
  missions, 'press-releases': pressReleases, 'blog-posts': blogPosts, 'mission-pages': missionPages, services, topics,
  'social-accounts': socialAccounts, 'social-platforms': socialPlatforms, media, users,
  enquiries, 'survey-responses': surveyResponses, 'enquiry-topics': enquiryTopics,
  'appointment-schedules': appointmentSchedules, bookings,
  'travel-advice': travelAdvice, alerts,
  'accredited-missions': accreditedMissions,
  'audit-trail': auditTrailDriver,
}
