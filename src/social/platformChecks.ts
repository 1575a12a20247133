import { checkHttpUrl } from '../validation/url'

/** A platform's URL template: an https address with {handle} once, in its path. */
export function checkUrlTemplate(value: unknown): true | string {
  if (typeof value !== 'string') return 'must be text'
  const count = value.split('{handle}').length - 1
  if (count !== 1) return 'must contain {handle} exactly once, e.g. https://x.com/{handle}'
  const example = value.replace('{handle}', 'name')
  const url = checkHttpUrl(example)
  if (url !== true) return url
  if (!example.startsWith('https://')) return 'must start with https://'
  if (!new URL(example).pathname.includes('name')) return 'must put {handle} in the path, e.g. https://x.com/{handle}'
  return true
}

/** A handle pattern: a regular expression that compiles, short enough to read. */
export function checkHandlePattern(value: unknown): true | string {
  if (typeof value !== 'string') return 'must be text'
  if (value.length > 300) return 'is longer than 300 characters'
  try {
    new RegExp(`^(?:${value})$`, 'u')
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`
  }
  return true
}
