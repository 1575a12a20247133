/** The slug of the collection the trail is kept in. */
export const TRAIL_SLUG = 'audit-trail'

/**
 * What an entry records. Content: create, update (a draft save, or an edit of live content),
 * publish (the latest version goes from draft to published), unpublish (live content taken
 * down), delete, restore (an earlier version brought back). Accounts: sign-in, failed sign-in,
 * role change (role or missions of a user), plus the creation and deletion of an account.
 */
export const TRAIL_ACTIONS = [
  { value: 'create', label: 'Create' },
  { value: 'update', label: 'Update' },
  { value: 'publish', label: 'Publish' },
  { value: 'unpublish', label: 'Unpublish' },
  { value: 'delete', label: 'Delete' },
  { value: 'restore', label: 'Restore version' },
  { value: 'sign-in', label: 'Sign-in' },
  { value: 'sign-in-failed', label: 'Failed sign-in' },
  { value: 'role-change', label: 'Role change' },
] as const

export type TrailAction = (typeof TRAIL_ACTIONS)[number]['value']

/** Which way the change came: Payload's `req.payloadAPI`. `local` is the server's own code (jobs, endpoints). */
export const TRAIL_CHANNELS = ['REST', 'GraphQL', 'local'] as const
export type TrailChannel = (typeof TRAIL_CHANNELS)[number]

/**
 * One changed field. Short values (text up to SHORT_TEXT characters, numbers, booleans,
 * dates, choices, relationship ids) keep their before and after; long text, rich text, lists
 * and personal data are only named, with the reason in `omitted`.
 */
export type FieldChange = { field: string; before: string | null; after: string | null; omitted: string | null }

/** The collections whose documents hold citizens' personal data: staff changes are recorded by id and field names only. */
export const PERSONAL_DATA_COLLECTIONS: ReadonlySet<string> = new Set(['enquiries', 'survey-responses', 'bookings'])

/** The staff accounts: their sign-ins, role changes, creation and deletion. */
export const ACCOUNTS_SLUG = 'users'

/** A choice of the entry's `collection` field: a collection or global the trail records. */
export type TrailSubject = { label: string; value: string }
