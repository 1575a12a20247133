import type { PayloadRequest, Where } from 'payload'

import { recogniseAccount } from '../../../src/social/recogniseAccount'
import { isRefusal, type Account, type PlatformRules } from '../../../src/social/types'
import { accountUrlSpellings } from '../../../src/validation/accountUrl'

/** The part of an address that every spelling of it contains: its last path segment or query value, without "@". */
function distinctivePart(url: string): string {
  const parsed = new URL(url)
  const values = [...parsed.searchParams.values()]
  const segment = parsed.pathname.split('/').filter(Boolean).at(-1) ?? ''
  return (values.at(-1) || segment).replace(/^@/, '')
}

/**
 * Whether another account of the network is filed under the same canonical address. Stored
 * addresses are compared by recognising them again, so one saved before normalisation
 * (twitter.com/#!/Name, http://www.…) or in other capitals is still found. `like` narrows
 * the candidates to addresses containing the account's name, on SQLite and MongoDB alike.
 */
export async function accountAlreadyFiled(req: PayloadRequest, account: Account, rules: PlatformRules, exceptId?: string): Promise<boolean> {
  const spellings = accountUrlSpellings(account.url)
  const where: Where = {
    and: [
      { or: [{ url: { in: spellings } }, { url: { like: distinctivePart(account.url) } }] },
      ...(exceptId ? [{ id: { not_equals: exceptId } }] : []),
    ],
  }
  const candidates = await req.payload.find({ collection: 'social-accounts', where, depth: 0, pagination: false, select: { url: true }, req })
  return candidates.docs.some((doc) => {
    const stored = String((doc as { url?: unknown }).url ?? '')
    if (spellings.includes(stored)) return true
    const again = recogniseAccount(stored, rules)
    return !isRefusal(again) && again.key === account.key
  })
}
