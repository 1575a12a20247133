import { refuse, type Account, type PlatformRules, type Refusal } from '../types'

/** One platform's URL grammar: how its addresses and its handles name an account. */
export type Grammar = {
  /** Shown in the admin's choice of normaliser. */
  label: string
  /** A URL already known to be on one of the platform's hosts (any host, for a federated one). */
  fromUrl: (url: URL, platform: PlatformRules) => Account | Refusal
  /** A handle as people write it: "@name", "name", "@user@server". */
  fromHandle: (text: string, platform: PlatformRules) => Account | Refusal
}

/** The path's segments, percent-decoded where that is valid; empty ones (double or trailing slashes) dropped. */
export function segments(url: URL | string): string[] {
  const path = typeof url === 'string' ? url : url.pathname
  return path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  })
}

const compiled = new Map<string, RegExp | null>()

/** The platform's handle pattern, matched whole; null when it has none or it does not compile. */
function handleRegExp(platform: PlatformRules): RegExp | null {
  const source = platform.handlePattern
  if (!source) return null
  if (!compiled.has(source)) {
    try {
      compiled.set(source, new RegExp(`^(?:${source})$`, 'u'))
    } catch {
      compiled.set(source, null)
    }
  }
  return compiled.get(source) ?? null
}

// Without a pattern of the platform's own: letters, digits and the punctuation handles use.
const ANY_HANDLE = /^[\p{L}\p{N}._-]{1,100}$/u

// Longer than any platform allows; also keeps a careless pattern from running long on a hostile input.
const MAX_HANDLE = 200

export function checkHandle(handle: string, platform: PlatformRules, what = 'handle'): Refusal | null {
  if (handle.length > MAX_HANDLE) return refuse(`This ${platform.name} ${what} is longer than ${MAX_HANDLE} characters.`, 'handle')
  const pattern = handleRegExp(platform) ?? ANY_HANDLE
  return pattern.test(handle) ? null : refuse(`"${handle}" is not a valid ${platform.name} ${what}.`, 'handle')
}

/** Filed under one key: case-folded unless the account's address is case-sensitive. */
export function account(url: string, handle: string | null, caseSensitive: boolean): Account {
  return { url, handle, key: caseSensitive ? url : url.toLowerCase() }
}

/**
 * The platform's URL template; without one, a handle's address is https://<first host>/<handle>,
 * the shape most platforms use. A federated network has no first host to speak of.
 */
export function urlTemplateOf(platform: PlatformRules): string | null {
  if (platform.urlTemplate?.includes('{handle}')) return platform.urlTemplate
  const host = platform.hosts.find((h) => !h.startsWith('*.'))
  return host && !platform.federated ? `https://${host}/{handle}` : null
}

/** The canonical address of a handle, from the platform's URL template. */
export function fromTemplate(platform: PlatformRules, handle: string, display = `@${handle}`): Account | Refusal {
  const invalid = checkHandle(handle, platform)
  if (invalid) return invalid
  const template = urlTemplateOf(platform)
  if (!template) return refuse(`${platform.name} has no URL template to turn a handle into an address; give the account's full URL.`, 'url')
  return account(template.replace('{handle}', encodeURIComponent(handle)), display, platform.caseSensitive)
}

export const stripAt = (text: string) => text.replace(/^@/, '')

export const notAnAccount = (platform: PlatformRules, what: string): Refusal =>
  refuse(`This ${platform.name} address is ${what}, not an account; give the address of the account's own page.`, 'url')

/** A segment from a list of paths that are features of the platform (search, settings, posts), never handles. */
export function reserved(segment: string | undefined, words: ReadonlySet<string>): boolean {
  return segment !== undefined && words.has(segment.toLowerCase())
}
