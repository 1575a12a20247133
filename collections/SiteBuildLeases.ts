import type { CollectionConfig } from 'payload'

export const SITE_BUILD_LEASES = 'site-build-leases'

const noOne = () => false

/**
 * Which app server is writing the sites now, shared by every server on the database
 * (src/jobs/siteBuildLease.ts). Bookkeeping between servers, not content: no API, no admin,
 * no GraphQL; the lease module reads and writes it through the database adapter only.
 */
export const SiteBuildLeases: CollectionConfig = {
  slug: SITE_BUILD_LEASES,
  admin: { hidden: true },
  access: { read: noOne, create: noOne, update: noOne, delete: noOne },
  graphQL: false,
  fields: [
    // Unique: two servers creating the lease at once make one row, the other's insert fails.
    { name: 'name', type: 'text', required: true, unique: true, index: true },
    /** Who holds it (host, process, instance); empty once released. */
    { name: 'holder', type: 'text' },
    /** Free from this moment: a holder that died is taken over after it. */
    { name: 'expiresAt', type: 'date', required: true },
    /** Counts the claims: a server that sees it moved by more than its own claim knows another built since. */
    { name: 'generation', type: 'number', required: true, defaultValue: 0 },
  ],
}
