import type { StaffRole } from '../../support/accessFixture'

/**
 * Who may do what, written as data: one row per collection × operation × kind of target,
 * one allow/deny per actor. The runner proves each cell against a real database.
 */

export type Actor = 'anonymous' | StaffRole
export const ACTORS: Actor[] = ['anonymous', 'ministry-admin', 'ministry-editor', 'mission-editor']

export type Subject =
  | 'missions' | 'press-releases' | 'mission-pages' | 'services' | 'topics'
  | 'blog-posts'
  | 'social-accounts' | 'social-platforms' | 'media' | 'users' | 'ministry'
  | 'enquiries' | 'survey-responses' | 'enquiry-topics'
  | 'appointment-schedules' | 'bookings'
  | 'travel-advice'
  | 'accredited-missions'
  | 'alerts'
  | 'audit-trail'

/** What citizens send the missions, and the list of topics they choose from. */
export const CITIZEN_SUBJECTS: Subject[] = ['enquiries', 'survey-responses', 'enquiry-topics']

/** Consular appointments: the public schedules and the bookings people make. */
export const APPOINTMENT_SUBJECTS: Subject[] = ['appointment-schedules', 'bookings']

/** `publish` is an update that sets `_status: 'published'` on a draft. */
export type Operation = 'create' | 'read' | 'update' | 'delete' | 'publish'

/**
 * What the operation acts on. Mission-scoped content: `A` (the mission editor's own mission),
 * `B` (another mission) or `ministry` (no mission), with `:published`/`:draft` where the
 * collection has drafts. Missions: `new` is an empty mission. Users: `self` or `other`.
 * Alerts: `ministry` is an alert to the whole network, `country` one to mission A's host country.
 */
export type Target =
  | 'A' | 'B' | 'ministry' | 'new' | 'self' | 'other' | 'global' | 'country'
  | `${'A' | 'B' | 'ministry'}:${'published' | 'draft'}`
  /** Audit trail: an entry about an account (a sign-in, a role change). */
  | 'accounts'

export type Cell = { subject: Subject; operation: Operation; target: Target; allowed: Record<Actor, boolean> }

const only = (...actors: Actor[]): Record<Actor, boolean> =>
  Object.fromEntries(ACTORS.map((a) => [a, actors.includes(a)])) as Record<Actor, boolean>

const EVERYONE = only('anonymous', 'ministry-admin', 'ministry-editor', 'mission-editor')
const STAFF = only('ministry-admin', 'ministry-editor', 'mission-editor')
const MINISTRY = only('ministry-admin', 'ministry-editor')
const ADMIN = only('ministry-admin')
const NOBODY = only()

const row = (subject: Subject, operation: Operation, target: Target, allowed: Record<Actor, boolean>): Cell =>
  ({ subject, operation, target, allowed })

/** Press releases and mission pages follow the same rules for mission A, mission B and (releases only) the ministry. */
const missionContent = (subject: 'press-releases' | 'mission-pages' | 'blog-posts', withMinistry: boolean): Cell[] => [
  row(subject, 'create', 'A', STAFF),
  row(subject, 'create', 'B', MINISTRY),
  row(subject, 'read', 'A:published', EVERYONE),
  row(subject, 'read', 'A:draft', STAFF),
  row(subject, 'read', 'B:published', EVERYONE),
  row(subject, 'read', 'B:draft', MINISTRY),
  // Saving a draft: a mission editor edits their own mission's documents, published ones included (as a revision).
  row(subject, 'update', 'A:published', STAFF),
  row(subject, 'update', 'A:draft', STAFF),
  row(subject, 'update', 'B:published', MINISTRY),
  row(subject, 'update', 'B:draft', MINISTRY),
  // Review before publishing: only ministry users publish.
  row(subject, 'publish', 'A:draft', MINISTRY),
  row(subject, 'publish', 'B:draft', MINISTRY),
  // A mission editor deletes only unpublished documents of their missions.
  row(subject, 'delete', 'A:draft', STAFF),
  row(subject, 'delete', 'A:published', MINISTRY),
  row(subject, 'delete', 'B:draft', MINISTRY),
  row(subject, 'delete', 'B:published', MINISTRY),
  ...(withMinistry
    ? [
        row(subject, 'create', 'ministry', MINISTRY),
        row(subject, 'read', 'ministry:published', EVERYONE),
        row(subject, 'read', 'ministry:draft', MINISTRY),
        row(subject, 'update', 'ministry:published', MINISTRY),
        row(subject, 'update', 'ministry:draft', MINISTRY),
        row(subject, 'publish', 'ministry:draft', MINISTRY),
        row(subject, 'delete', 'ministry:draft', MINISTRY),
      ]
    : []),
]

export const MATRIX: Cell[] = [
  row('missions', 'create', 'new', ADMIN),
  row('missions', 'read', 'A', EVERYONE),
  row('missions', 'read', 'B', EVERYONE),
  row('missions', 'update', 'A', STAFF),
  row('missions', 'update', 'B', MINISTRY),
  row('missions', 'delete', 'new', ADMIN),
  // A mission holding content is closed, never deleted, even by an administrator.
  row('missions', 'delete', 'A', NOBODY),

  ...missionContent('press-releases', true),
  ...missionContent('mission-pages', false),
  // Blog posts: the releases' rules, the ministry's own posts included.
  ...missionContent('blog-posts', true),

  row('services', 'create', 'ministry', MINISTRY),
  row('services', 'read', 'ministry:published', EVERYONE),
  row('services', 'read', 'ministry:draft', STAFF),
  row('services', 'update', 'ministry:published', MINISTRY),
  row('services', 'update', 'ministry:draft', MINISTRY),
  row('services', 'publish', 'ministry:draft', MINISTRY),
  row('services', 'delete', 'ministry:draft', MINISTRY),
  row('services', 'delete', 'ministry:published', MINISTRY),

  row('topics', 'create', 'ministry', MINISTRY),
  row('topics', 'read', 'ministry', EVERYONE),
  row('topics', 'update', 'ministry', MINISTRY),
  row('topics', 'delete', 'ministry', MINISTRY),

  row('social-accounts', 'create', 'A', STAFF),
  row('social-accounts', 'create', 'B', MINISTRY),
  row('social-accounts', 'read', 'A', EVERYONE),
  row('social-accounts', 'read', 'B', EVERYONE),
  row('social-accounts', 'update', 'A', STAFF),
  row('social-accounts', 'update', 'B', MINISTRY),
  row('social-accounts', 'delete', 'A', STAFF),
  row('social-accounts', 'delete', 'B', MINISTRY),

  row('social-platforms', 'create', 'ministry', ADMIN),
  row('social-platforms', 'read', 'ministry', EVERYONE),
  row('social-platforms', 'update', 'ministry', ADMIN),
  row('social-platforms', 'delete', 'ministry', ADMIN),

  row('media', 'create', 'A', STAFF),
  row('media', 'create', 'B', MINISTRY),
  row('media', 'create', 'ministry', MINISTRY),
  row('media', 'read', 'A', EVERYONE),
  row('media', 'read', 'B', EVERYONE),
  row('media', 'update', 'A', STAFF),
  row('media', 'update', 'B', MINISTRY),
  row('media', 'update', 'ministry', MINISTRY),
  row('media', 'delete', 'A', STAFF),
  row('media', 'delete', 'B', MINISTRY),
  row('media', 'delete', 'ministry', MINISTRY),

  row('users', 'create', 'new', ADMIN),
  row('users', 'read', 'self', STAFF),
  row('users', 'read', 'other', ADMIN),
  row('users', 'update', 'self', STAFF),
  row('users', 'update', 'other', ADMIN),
  row('users', 'delete', 'other', ADMIN),

  row('ministry', 'read', 'global', EVERYONE),
  row('ministry', 'update', 'global', MINISTRY),

  // Only the public form endpoint creates enquiries (through the Local API, with access off); no API caller may.
  row('enquiries', 'create', 'A', NOBODY),
  row('enquiries', 'create', 'B', NOBODY),
  row('enquiries', 'read', 'A', STAFF),
  row('enquiries', 'read', 'B', MINISTRY),
  // Answering: status, assignee, notes, reply. What the citizen wrote stays as written (attacks/citizenAttention.ts).
  row('enquiries', 'update', 'A', STAFF),
  row('enquiries', 'update', 'B', MINISTRY),
  row('enquiries', 'delete', 'A', ADMIN),
  row('enquiries', 'delete', 'B', ADMIN),

  row('survey-responses', 'create', 'A', NOBODY),
  row('survey-responses', 'create', 'B', NOBODY),
  row('survey-responses', 'read', 'A', STAFF),
  row('survey-responses', 'read', 'B', MINISTRY),
  row('survey-responses', 'update', 'A', NOBODY),
  row('survey-responses', 'update', 'B', NOBODY),
  row('survey-responses', 'delete', 'A', ADMIN),
  row('survey-responses', 'delete', 'B', ADMIN),

  // Schedules are public facts (the booking pages and the sites read them); each mission keeps its own.
  row('appointment-schedules', 'create', 'A', STAFF),
  row('appointment-schedules', 'create', 'B', MINISTRY),
  row('appointment-schedules', 'read', 'A', EVERYONE),
  row('appointment-schedules', 'read', 'B', EVERYONE),
  row('appointment-schedules', 'update', 'A', STAFF),
  row('appointment-schedules', 'update', 'B', MINISTRY),
  row('appointment-schedules', 'delete', 'A', STAFF),
  row('appointment-schedules', 'delete', 'B', MINISTRY),

  // Bookings hold applicants' personal data: only the booking store creates them (Local API, access off).
  row('bookings', 'create', 'A', NOBODY),
  row('bookings', 'create', 'B', NOBODY),
  row('bookings', 'read', 'A', STAFF),
  row('bookings', 'read', 'B', MINISTRY),
  // Check-in and cancelling with a reason; what the applicant gave stays as given (attacks/appointments.ts).
  row('bookings', 'update', 'A', STAFF),
  row('bookings', 'update', 'B', MINISTRY),
  row('bookings', 'delete', 'A', ADMIN),
  row('bookings', 'delete', 'B', ADMIN),

  // The public contact forms list the topics, so everyone reads them.
  row('enquiry-topics', 'create', 'ministry', MINISTRY),
  row('enquiry-topics', 'read', 'ministry', EVERYONE),
  row('enquiry-topics', 'update', 'ministry', MINISTRY),
  row('enquiry-topics', 'delete', 'ministry', MINISTRY),

  // Travel advice is the ministry's word: only ministry users write, schedule and publish it;
  // mission editors, like the public, read what is published (their home pages show its level).
  row('travel-advice', 'create', 'ministry', MINISTRY),
  row('travel-advice', 'read', 'ministry:published', EVERYONE),
  row('travel-advice', 'read', 'ministry:draft', MINISTRY),
  row('travel-advice', 'update', 'ministry:published', MINISTRY),
  row('travel-advice', 'update', 'ministry:draft', MINISTRY),
  row('travel-advice', 'publish', 'ministry:draft', MINISTRY),
  row('travel-advice', 'delete', 'ministry:draft', MINISTRY),
  row('travel-advice', 'delete', 'ministry:published', MINISTRY),

  // The accredited corps is the host country's protocol list: only ministry users write and
  // publish it; mission editors, like the public, read what is published.
  row('accredited-missions', 'create', 'ministry', MINISTRY),
  row('accredited-missions', 'read', 'ministry:published', EVERYONE),
  row('accredited-missions', 'read', 'ministry:draft', MINISTRY),
  row('accredited-missions', 'update', 'ministry:published', MINISTRY),
  row('accredited-missions', 'update', 'ministry:draft', MINISTRY),
  row('accredited-missions', 'publish', 'ministry:draft', MINISTRY),
  row('accredited-missions', 'delete', 'ministry:draft', MINISTRY),
  row('accredited-missions', 'delete', 'ministry:published', MINISTRY),

  // Alerts: ministry users address anyone and publish; a mission editor drafts alerts for their
  // own missions only (never the whole network, never a country, never another mission) for review.
  row('alerts', 'create', 'A', STAFF),
  row('alerts', 'create', 'B', MINISTRY),
  row('alerts', 'create', 'ministry', MINISTRY),
  row('alerts', 'create', 'country', MINISTRY),
  row('alerts', 'read', 'A:published', EVERYONE),
  row('alerts', 'read', 'A:draft', STAFF),
  row('alerts', 'read', 'B:published', EVERYONE),
  row('alerts', 'read', 'B:draft', MINISTRY),
  row('alerts', 'read', 'ministry:published', EVERYONE),
  row('alerts', 'read', 'ministry:draft', MINISTRY),
  // Saving a draft, of a published alert too (as a revision): only the editor's own missions' alerts.
  row('alerts', 'update', 'A:published', STAFF),
  row('alerts', 'update', 'A:draft', STAFF),
  row('alerts', 'update', 'B:published', MINISTRY),
  row('alerts', 'update', 'B:draft', MINISTRY),
  row('alerts', 'update', 'ministry:published', MINISTRY),
  row('alerts', 'update', 'ministry:draft', MINISTRY),
  row('alerts', 'update', 'country', MINISTRY),
  row('alerts', 'publish', 'A:draft', MINISTRY),
  row('alerts', 'publish', 'B:draft', MINISTRY),
  row('alerts', 'publish', 'ministry:draft', MINISTRY),
  // As with press releases, a mission editor withdraws only their own missions' unpublished alerts.
  row('alerts', 'delete', 'A:draft', STAFF),
  row('alerts', 'delete', 'A:published', MINISTRY),
  row('alerts', 'delete', 'B:draft', MINISTRY),
  row('alerts', 'delete', 'B:published', MINISTRY),
  row('alerts', 'delete', 'ministry:draft', MINISTRY),
  row('alerts', 'delete', 'ministry:published', MINISTRY),

  // The audit trail is append-only: only the server's own hooks write it; no role creates,
  // edits or deletes an entry, not even an administrator, whatever it is about.
  row('audit-trail', 'create', 'new', NOBODY),
  row('audit-trail', 'update', 'A', NOBODY),
  row('audit-trail', 'update', 'ministry', NOBODY),
  row('audit-trail', 'update', 'accounts', NOBODY),
  row('audit-trail', 'delete', 'A', NOBODY),
  row('audit-trail', 'delete', 'ministry', NOBODY),
  row('audit-trail', 'delete', 'accounts', NOBODY),
  // Reading (A, B, ministry: the creation of a release of mission A, of B, of the ministry;
  // accounts: an account's creation): administrators all of it, ministry editors every change
  // of content, a mission editor their own missions' content; account events are administrators' only.
  row('audit-trail', 'read', 'A', STAFF),
  row('audit-trail', 'read', 'B', MINISTRY),
  row('audit-trail', 'read', 'ministry', MINISTRY),
  row('audit-trail', 'read', 'accounts', ADMIN),
]

/** One test per actor and cell; an anonymous visitor has no "self" to act on. */
/**
 * The rows that change when a ministry administrator marks mission A trusted: its editors
 * publish their own releases, pages and posts; another mission's, and alerts, still go through
 * the ministry; a published document is still deleted by the ministry only.
 */
export const TRUSTED_A_MATRIX: Cell[] = [
  ...(['press-releases', 'mission-pages', 'blog-posts'] as const).flatMap((subject) => [
    row(subject, 'publish', 'A:draft', STAFF),
    row(subject, 'publish', 'B:draft', MINISTRY),
    row(subject, 'delete', 'A:published', MINISTRY),
  ]),
  row('alerts', 'publish', 'A:draft', MINISTRY),
  row('travel-advice', 'publish', 'ministry:draft', MINISTRY),
]

export function cellsFor(matrix: Cell[]): { actor: Actor; cell: Cell }[] {
  return matrix.flatMap((cell) =>
    ACTORS.filter((actor) => !(actor === 'anonymous' && cell.target === 'self')).map((actor) => ({ actor, cell })),
  )
}
