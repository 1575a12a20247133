const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function checkSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return 'is required'
  if (value.length > 96) return 'must be at most 96 characters'
  if (!SLUG.test(value)) return `"${value}" must use lower-case letters, digits and single hyphens only (for example "consulate-general-madrid")`
  return true
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
