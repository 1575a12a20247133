import { checkHttpUrl, truncate } from '../validation/url'
import { refuse, type Refusal } from './types'

/** What an editor typed into the URL or handle field: an address, or a handle as people write it. */
export type AccountInput = { kind: 'url'; url: URL } | { kind: 'handle'; text: string }

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
// Not URL schemes but identifiers some platforms use as handles (Bluesky's did:plc:…).
const HANDLE_SCHEMES = new Set(['did'])

/**
 * Sorts the input into an address or a handle, refusing what is neither: other schemes
 * (javascript:, data:, …), credentials that hide the real host, IP addresses and ports.
 * "x.com/name" without a scheme is read as https, as a browser's address bar would.
 */
export function readAccountInput(raw: string): AccountInput | Refusal {
  const text = raw.trim().replace(/^<(.*)>$/, '$1')
  if (text === '') return refuse('Give the account’s address (https://…) or its handle (@name).')
  if (text.length > 2000) return refuse('This is longer than any account address (2,000 characters).')
  if (/\s/.test(text)) return refuse(`"${truncate(text)}" contains spaces; an address or a handle has none.`)
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme && HANDLE_SCHEMES.has(scheme) && !text.includes('/')) return { kind: 'handle', text }
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return refuse(`The URL must start with https:// (got "${scheme}:"); only web addresses of the platform are accepted.`, 'url')
  }
  const slash = text.indexOf('/')
  const looksLikeAddress = scheme !== undefined || (slash > 0 && text.slice(0, slash).includes('.'))
  if (!looksLikeAddress) return { kind: 'handle', text }
  let url: URL
  try {
    url = new URL(scheme ? text : `https://${text}`)
  } catch {
    return refuse(`"${truncate(text)}" is not a valid URL; write it in full, starting with https://`, 'url')
  }
  if (url.username || url.password) return hiddenHost(url, text)
  url.hostname = url.hostname.replace(/\.$/, '')
  const check = checkHttpUrl(url.href)
  if (check !== true) return refuse(`The URL ${check}.`, 'url')
  if (/^\d+(?:\.\d+){3}$/.test(url.hostname) || url.hostname.startsWith('[')) {
    return refuse(`The URL points to an IP address (${url.hostname}), not to a platform's host name.`, 'url')
  }
  if (url.port) return refuse(`The URL names a port (:${url.port}); platforms serve their pages on the standard https port.`, 'url')
  return { kind: 'url', url }
}

function hiddenHost(url: URL, text: string): Refusal {
  const shown = text.replace(/^https?:\/\//i, '').split('@')[0]
  return refuse(`The URL hides its real host behind "${truncate(shown, 40)}@": it leads to ${url.hostname}. Give the platform's own address, without a user name.`, 'url')
}
