import type { Account } from '../../../src/social/types'

type Fields = { url?: unknown; handle?: unknown } | undefined

export type AccountSource = { field: 'url' | 'handle'; text: string }

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

/**
 * Which field says which account this is: the URL, unless the editor changed only the
 * handle (or gave nothing else). The admin sends both fields on every save, so "changed"
 * means different from what is stored.
 */
export function accountSource(data: Fields, original: Fields): AccountSource | null {
  const url = currentUrl(data, original)
  const handle = data?.handle !== undefined ? data.handle : original?.handle
  const urlChanged = data?.url !== undefined && data.url !== original?.url
  const handleChanged = data?.handle !== undefined && data.handle !== original?.handle
  if (filled(url) && (urlChanged || !handleChanged || !filled(handle))) return { field: 'url', text: url }
  if (filled(handle)) return { field: 'handle', text: handle }
  return null
}

/** The URL as it will be saved: the one given, else the stored one. */
export function currentUrl(data: Fields, original: Fields): string | null {
  const url = data?.url !== undefined ? data.url : original?.url
  return filled(url) ? url : null
}

const bare = (h: string) => h.trim().replace(/^@/, '').toLowerCase()

/** The editor gave (or changed) the handle along with the URL, and the two name different accounts. */
export function handlesDisagree(source: AccountSource, data: Fields, original: Fields, account: Account): boolean {
  if (source.field !== 'url' || !account.handle || !filled(data?.handle) || data.handle === original?.handle) return false
  return bare(data.handle) !== bare(account.handle) && bare(data.handle) !== bare(account.handle.split('@').filter(Boolean)[0] ?? '')
}
