import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

/**
 * The fields the app's own queries filter or sort on, per collection, and where each query is.
 * On MongoDB a query on a field without an index reads the whole collection; every one of
 * these must be indexed in the collection's config (test/collections/queryIndexes.test.ts),
 * and the indexes must reach MongoDB (test/collections/queryIndexes.mongodb.test.ts).
 */
export const QUERIED_FIELDS: Record<string, { fields: string[]; by: string }[]> = {
  'press-releases': [
    { fields: ['_status', 'mission', 'publishedAt'], by: 'src/content/loadNetwork.ts: a mission’s releases, the ministry’s own, the network news newest first' },
    { fields: ['slug', 'mission'], by: 'src/validation/uniquePerMission.ts: a slug once per mission' },
  ],
  'blog-posts': [
    { fields: ['_status', 'mission'], by: 'src/content/loadNetwork.ts: a mission’s posts' },
    { fields: ['slug', 'mission'], by: 'src/validation/uniquePerMission.ts' },
  ],
  'mission-pages': [
    { fields: ['_status', 'mission'], by: 'src/content/loadNetwork.ts: a mission’s pages' },
    { fields: ['kind', 'mission'], by: 'src/validation/onePagePerKind.ts' },
  ],
  'social-accounts': [{ fields: ['mission', 'ownerType'], by: 'src/content/loadNetwork.ts: a mission’s accounts and the ministry’s' }],
  services: [{ fields: ['_status', 'missions'], by: 'src/content/loadNetwork.ts, src/citizen/networkFacts.ts, src/appointments/schedules.ts' }],
  missions: [
    { fields: ['slug'], by: 'src/jobs/rebuildSitesTask.ts, src/appointments/schedules.ts: a mission by its slug' },
    { fields: ['status'], by: 'src/citizen/networkFacts.ts, src/appointments/dayList.ts: open missions' },
    { fields: ['hostCountry', 'jurisdiction.country'], by: 'src/jobs/affectedMissions.ts: the missions a country’s travel advice shows on' },
  ],
  alerts: [{ fields: ['_status', 'expiresAt', 'startsAt'], by: 'src/content/loadNetwork.ts (current alerts), src/alerts/boundaryJob.ts' }],
  'travel-advice': [{ fields: ['_status', 'country'], by: 'src/content/loadNetwork.ts, src/travelAdvice' }],
  'accredited-missions': [{ fields: ['_status'], by: 'src/corps/loadCorps.ts' }],
  'enquiry-topics': [{ fields: ['order'], by: 'src/content/loadNetwork.ts: every form’s topics, in the collection’s default sort' }],
  enquiries: [
    { fields: ['reference'], by: 'src/citizen/citizenServer.ts, src/citizen/postSurvey.ts' },
    { fields: ['idempotencyKey'], by: 'src/citizen/storeEnquiry.ts: a form sent twice' },
    { fields: ['sequence'], by: 'src/citizen/storeEnquiry.ts: the year’s last reference' },
    { fields: ['email', 'createdAt'], by: 'src/citizen/accessRequest.ts: a citizen’s own enquiries' },
    { fields: ['status', 'closedAt', 'anonymisedAt'], by: 'src/citizen/retention/anonymiseExpired.ts' },
    { fields: ['mission'], by: 'the access rules: a mission editor’s own enquiries' },
  ],
  'survey-responses': [
    { fields: ['enquiry'], by: 'src/citizen/postSurvey.ts, src/citizen/accessRequest.ts' },
    { fields: ['createdAt', 'anonymisedAt'], by: 'src/citizen/retention/anonymiseExpired.ts' },
    { fields: ['mission', 'service'], by: 'src/content/surveyAnswers.ts and the access rules' },
  ],
  bookings: [
    { fields: ['reference'], by: 'src/appointments/flow/resultSteps.ts' },
    { fields: ['idempotencyKey'], by: 'src/appointments/bookingStore.ts: a confirmation sent twice' },
    { fields: ['sequence'], by: 'src/appointments/bookingSequence.ts' },
    { fields: ['schedule', 'slotStart', 'status'], by: 'src/appointments/takenPlaces.ts (on every booking step)' },
    { fields: ['mission', 'office', 'slotStart'], by: 'src/appointments/dayList.ts, src/appointments/loadFigures.ts' },
    { fields: ['status', 'reminderSentAt', 'slotStart'], by: 'src/appointments/mail/reminders.ts' },
    { fields: ['slotEnd', 'anonymisedAt'], by: 'src/citizen/retention/anonymiseBookings.ts (sorted by slotEnd)' },
  ],
  'appointment-schedules': [{ fields: ['mission', 'active', 'service'], by: 'src/appointments/schedules.ts' }],
  'audit-trail': [{ fields: ['at', 'action', 'collection', 'missions'], by: 'src/audit, the trail’s list (newest first)' }],
  'site-build-leases': [{ fields: ['name'], by: 'src/jobs/siteBuildLease.ts: every claim, renewal and release' }],
}

/**
 * Multi-field queries on collections that grow without bound, each with a compound index
 * (MongoDB uses one index per query; a single-field index would leave the rest to a scan).
 */
export const COMPOUND_INDEXES: Record<string, string[][]> = {
  bookings: [['schedule', 'slotStart'], ['mission', 'slotStart']],
}

/** The field at a dotted path, through groups, arrays and tabs (rows and collapsibles are already flat). */
function fieldAt(fields: FlattenedField[], dotted: string): FlattenedField | undefined {
  const [head, ...rest] = dotted.split('.')
  const field = fields.find((f) => f.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

/** Why a field is indexed (its own index, unique, or the first field of a compound index), or null. */
export function indexOf(collection: SanitizedCollectionConfig, path: string): string | null {
  if (path === 'id') return 'primary key'
  const field = fieldAt(collection.flattenedFields, path)
  if (!field) return null
  if ('unique' in field && field.unique) return 'unique'
  if ('index' in field && field.index) return 'index'
  const compound = collection.sanitizedIndexes.find((index) => index.fields[0]?.path === path)
  return compound ? `compound (${compound.fields.map((f) => f.path).join(', ')})` : null
}
