/**
 * What the atlas knows about one platform, as stored on its social-platforms document:
 * facts are data (hosts, URL template, handle pattern); the URL grammar is code, named
 * by `normaliser` (see grammars/index.ts).
 */
export type PlatformRules = {
  slug: string
  name: string
  /** Host names, or "*.domain" for any host under a domain. */
  hosts: string[]
  /** Accounts live on any server (Mastodon): hosts are examples, not a limit. */
  federated: boolean
  /** Canonical URL of a handle, with {handle}. */
  urlTemplate: string | null
  /** Regular expression (source, matched whole) a handle must satisfy. */
  handlePattern: string | null
  /** Handles that differ only in case name different accounts (WhatsApp channel ids). */
  caseSensitive: boolean
  /** Which URL grammar reads this platform's addresses. */
  normaliser: string
}

/** One account, recognised: the one address it is filed under and how it is written. */
export type Account = {
  /** The canonical https URL. */
  url: string
  /** The handle as the platform shows it (@name, @user@server), or null when the URL carries none (WeChat). */
  handle: string | null
  /** Compare two accounts by this: the canonical URL, case-folded where the platform ignores case. */
  key: string
}

/** Why an input is not an account of the platform: a sentence for the editor, and the field it concerns. */
export type Refusal = { refused: string; field?: 'url' | 'handle' }

export type Recognition = Account | Refusal

export const isRefusal = (r: Recognition | unknown): r is Refusal => typeof r === 'object' && r !== null && 'refused' in r

export const refuse = (refused: string, field?: Refusal['field']): Refusal => ({ refused, ...(field ? { field } : {}) })
