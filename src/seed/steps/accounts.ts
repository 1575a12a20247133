import type { SeedContext } from '../context'
import { ACCOUNTS, type AccountSeed } from '../data/accounts'
import { PLATFORMS } from '../data/platforms'
import { idFor, type Refs } from '../refs'
import { ensureDocument } from '../writer'

export function accountUrl(account: AccountSeed): string {
  if (account.url) return account.url
  const template = PLATFORMS.find((p) => p.slug === account.platform)?.urlTemplate
  if (!template) throw new Error(`Platform "${account.platform}" has no URL template; give the account's URL.`)
  return template.replace('{handle}', account.handle)
}

function owner(account: AccountSeed, refs: Refs) {
  if ('mission' in account.owner) return { ownerType: 'mission', mission: idFor(refs.missions, account.owner.mission, 'mission') }
  if ('relatedBody' in account.owner) return { ownerType: 'related-body', relatedBody: account.owner.relatedBody, mission: null }
  return { ownerType: 'ministry', mission: null }
}

/** The social-media atlas; an account is recognised by its URL, which the atlas keeps unique. */
export async function seedAccounts({ payload, report, refs }: SeedContext): Promise<void> {
  for (const account of ACCOUNTS) {
    const url = accountUrl(account)
    await ensureDocument(payload, report, {
      collection: 'social-accounts',
      where: { url: { equals: url } },
      locales: ['es'],
      data: () => ({
        ...owner(account, refs),
        platform: idFor(refs.platforms, account.platform, 'platform'),
        handle: account.handle.startsWith('@') ? account.handle : `@${account.handle}`,
        url,
        language: account.language ?? null,
        title: account.title ?? null,
      }),
    })
  }
}
