import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { accountUrlSpellings } from '../../../src/validation/accountUrl'
import { checkHttpUrl } from '../../../src/validation/url'

type Platform = { id: string; name: string; federated?: boolean | null; hosts?: { host: string }[] | null }

export function hostMatches(hostname: string, patterns: string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '')
  return patterns.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern || host === `m.${pattern}` || host === `mobile.${pattern}`,
  )
}

/**
 * The atlas's rules: an owner that matches its type, a URL on the platform's own hosts,
 * no URL twice in the network (however it is spelt), and a title when one owner repeats a platform.
 */
export const checkSocialAccount: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors: { message: string; path: string }[] = []
  const fail = (path: string, message: string) => errors.push({ path, message })

  const ownerType = merged.ownerType ?? 'mission'
  const mission = idOf(merged.mission)
  if (ownerType === 'mission' && !mission) fail('mission', 'Choose the mission this account belongs to.')
  if (ownerType !== 'mission' && mission) data.mission = null
  if (ownerType === 'related-body' && !merged.relatedBody?.trim()) fail('relatedBody', 'Name the related body.')

  const platformId = idOf(merged.platform)
  const platform = platformId
    ? ((await req.payload.findByID({ collection: 'social-platforms', id: platformId, req, disableErrors: true })) as Platform | null)
    : null
  if (platformId && !platform) fail('platform', 'This platform does not exist; choose one from the list.')

  const urlCheck = checkHttpUrl(merged.url)
  if (urlCheck !== true) fail('url', `The URL ${urlCheck}.`)
  else if (platform && !platform.federated) {
    const hosts = (platform.hosts ?? []).map((h) => h.host)
    const { hostname } = new URL(merged.url)
    if (!hostMatches(hostname, hosts)) {
      fail('url', `"${hostname}" is not a ${platform.name} address; expected ${hosts.join(' or ')}.`)
    }
  }

  if (urlCheck === true && errors.length === 0) {
    const others = await req.payload.find({
      collection: 'social-accounts',
      where: { and: [{ url: { in: accountUrlSpellings(merged.url) } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])] } as Where,
      limit: 1,
      depth: 0,
      req,
    })
    if (others.totalDocs > 0) fail('url', 'This URL is already in the atlas; edit the existing account instead.')

    const sameOwner: Where[] = [
      { platform: { equals: platformId } },
      { ownerType: { equals: ownerType } },
      ownerType === 'mission' ? { mission: { equals: mission } } : ownerType === 'related-body' ? { relatedBody: { equals: merged.relatedBody } } : { ownerType: { equals: 'ministry' } },
      ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
    ]
    const siblings = await req.payload.find({ collection: 'social-accounts', where: { and: sameOwner }, depth: 0, limit: 50, req })
    if (siblings.totalDocs > 0 && !merged.title?.trim()) {
      fail('title', `This owner already has a ${platform?.name ?? 'same-platform'} account; give this one a title to tell them apart.`)
    }
  }

  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
