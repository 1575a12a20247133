import { MINISTRY_SITE } from '../content/sitePaths'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function checkSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'is required'
  if (value.length > 96) return 'must be at most 96 characters'
  if (!SLUG.test(value)) return `"${value}" must use lower-case letters, digits and single hyphens only (for example "consulate-general-madrid")`
  return true
}

/**
 * Mission slugs name folders beside the ministry's own site in the sites' root (src/build), and
 * the ministry stands where a mission would in every view ("ministry" is its id there): a mission
 * under that name would never get a site, and the directory would link it to the ministry's pages.
 * The build writes nothing else at the root that a slug could spell (feeds.opml has a dot, its
 * state folder starts with one).
 */
export const RESERVED_MISSION_SLUGS: readonly string[] = [MINISTRY_SITE]

export function checkMissionSlug(value: unknown): true | string {
  const checked = checkSlug(value)
  if (checked !== true) return checked
  return RESERVED_MISSION_SLUGS.includes(value as string)
    ? `"${value}" is reserved for the ministry's own site; choose another slug for this mission`
    : true
}

/** Turns a title into a URL slug: accents dropped, anything else non-alphanumeric becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}
