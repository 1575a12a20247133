import type { Where } from 'payload'

import { recogniseAccount } from '../../social/recogniseAccount'
import { isRefusal, type Account } from '../../social/types'
import type { SeedContext } from '../context'
import { ACCOUNTS, type AccountSeed } from '../data/accounts'
import { idFor, type Refs } from '../refs'
import { ensureDocument } from '../writer'
import { seededPlatformRules } from './platforms'

/** A seeded account as its platform files it: the canonical address and handle. */
export function seededAccount(account: AccountSeed): Account {
  const found = recogniseAccount(account.url ?? account.handle, seededPlatformRules(account.platform))
  if (isRefusal(found)) throw new Error(`Seed account ${account.platform} "${account.url ?? account.handle}": ${found.refused}`)
  return found
}

/** The canonical address a seeded account is stored under. */
export const accountUrl = (account: AccountSeed): string => seededAccount(account).url

function owner(account: AccountSeed, refs: Refs) {
  if ('mission' in account.owner) return { ownerType: 'mission', mission: idFor(refs.missions, account.owner.mission, 'mission') }
  if ('relatedBody' in account.owner) return { ownerType: 'related-body', relatedBody: account.owner.relatedBody, mission: null }
  return { ownerType: 'ministry', mission: null }
}

/** The social-media atlas; an account is recognised by its URL, which the atlas keeps unique. */
export async function seedAccounts({ payload, report, refs }: SeedContext): Promise<void> {
  for (const seed of ACCOUNTS) {
    const { url, handle } = seededAccount(seed)
    const template = seededPlatformRules(seed.platform).urlTemplate
    // Databases seeded before addresses were normalised hold the template's spelling.
    const earlier = template ? template.replace('{handle}', seed.handle.replace(/^@/, '')) : url
    const who = owner(seed, refs)
    // Or the same owner's account on that platform under that title: an address the demo
    // data has since corrected (a handle longer than X allows) is not filed a second time.
    const sameSlot: Where[] = [
      { platform: { equals: idFor(refs.platforms, seed.platform, 'platform') } },
      who.ownerType === 'mission' ? { mission: { equals: who.mission } } : { ownerType: { equals: who.ownerType } },
      ...(who.ownerType === 'related-body' ? [{ relatedBody: { equals: who.relatedBody } }] : []),
      seed.title ? { title: { equals: seed.title } } : { title: { exists: false } },
    ]
    await ensureDocument(payload, report, {
      collection: 'social-accounts',
      where: { or: [{ url: { in: [url, earlier] } }, { and: sameSlot }] },
      locales: ['es'],
      data: () => ({
        ...who,
        platform: idFor(refs.platforms, seed.platform, 'platform'),
        // WeChat addresses carry no handle: the seed's own (the WeChat ID) stands.
        handle: handle ?? seed.handle,
        url,
        language: seed.language ?? null,
        title: seed.title ?? null,
      }),
    })
  }
}
