import type { PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { platformRules } from '../social/platformRules'
import { recogniseAccount } from '../social/recogniseAccount'
import { isRefusal } from '../social/types'

type Row = Record<string, unknown>
export type FieldError = { path: string; message: string }

/**
 * A foreign mission's social accounts, read by the same platform grammars as the network's own
 * atlas (src/social): each address (or handle) becomes its platform's one canonical https
 * address, look-alike hosts and non-web schemes are refused, and one account is listed once.
 * Returns the rows to store, or the errors, each naming its row's field.
 */
export async function canonicalSocialAccounts(req: PayloadRequest, rows: unknown, field = 'socialAccounts'): Promise<{ rows: Row[]; errors: FieldError[] }> {
  const errors: FieldError[] = []
  if (!Array.isArray(rows)) return { rows: [], errors }
  const out: Row[] = []
  const seen = new Map<string, number>()
  for (const [index, raw] of rows.entries()) {
    const row = (raw ?? {}) as Row
    const at = (name: string) => `${field}.${index}.${name}`
    const platformId = idOf(row.platform)
    const platform = platformId
      ? await req.payload.findByID({ collection: 'social-platforms', id: platformId, depth: 0, req, disableErrors: true })
      : null
    if (!platformId) errors.push({ path: at('platform'), message: 'Choose the platform this account is on.' })
    else if (!platform) errors.push({ path: at('platform'), message: 'This platform does not exist; choose one from the list.' })
    const text = typeof row.url === 'string' && row.url.trim() ? row.url : typeof row.handle === 'string' ? row.handle : ''
    if (!text.trim()) errors.push({ path: at('url'), message: 'Give the account’s address (https://…) or its handle (@name).' })
    if (!platform || !text.trim()) {
      out.push(row)
      continue
    }
    const rules = platformRules(platform)
    const account = recogniseAccount(text, rules)
    if (isRefusal(account)) {
      errors.push({ path: at('url'), message: account.refused })
      out.push(row)
      continue
    }
    const earlier = seen.get(account.key)
    if (earlier !== undefined) errors.push({ path: at('url'), message: `${account.url} is already listed in row ${earlier + 1}.` })
    else seen.set(account.key, index)
    out.push({ ...row, url: account.url, handle: account.handle })
  }
  return { rows: out, errors }
}
