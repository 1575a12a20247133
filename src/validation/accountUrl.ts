import { readAccountInput } from '../social/readInput'
import { isRefusal } from '../social/types'

/**
 * The spellings under which one account URL may already be stored: http or https,
 * with or without "www.", with or without a trailing slash. The query is kept, since
 * some platforms name the account there (profile.php?id=…); the fragment never does.
 * Assumes `value` passed checkHttpUrl.
 */
export function accountUrlSpellings(value: string): string[] {
  const url = new URL(value)
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '')
  const path = url.pathname.replace(/\/+$/, '')
  const spellings = new Set<string>([value])
  for (const protocol of ['https:', 'http:']) {
    for (const h of [host, `www.${host}`]) {
      for (const p of [path, `${path}/`]) spellings.add(`${protocol}//${h}${p}${url.search}`)
    }
  }
  return [...spellings]
}

/**
 * The URL field of an account as an editor fills it: the account's address in any common
 * form, or a bare handle, which the save turns into the canonical address; empty only when
 * the handle field says which account it is. Schemes other than http(s) are refused here
 * already, so the admin flags them as they are typed.
 */
export function checkAccountAddress(value: unknown, handle: unknown): true | string {
  if (value === null || value === undefined || value === '') {
    return typeof handle === 'string' && handle.trim() !== '' ? true : 'Give the account’s address (https://…) or its handle.'
  }
  if (typeof value !== 'string') return 'must be text: an address or a handle'
  const input = readAccountInput(value)
  return isRefusal(input) ? input.refused : true
}
