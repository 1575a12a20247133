import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { platformRules } from '../../../src/social/platformRules'
import { recogniseAccount } from '../../../src/social/recogniseAccount'
import { isRefusal } from '../../../src/social/types'
import { accountAlreadyFiled } from './accountAlreadyFiled'
import { accountSource, currentUrl, handlesDisagree } from './accountSource'

/**
 * The atlas's rules: an owner that matches its type; an address (or handle) that its platform
 * recognises, stored in the platform's one canonical form; no account twice in the network,
 * however it was spelt; and a title when one owner repeats a platform. A refused save
 * changes nothing: the error is thrown before anything is written.
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
  const platform = platformId ? await req.payload.findByID({ collection: 'social-platforms', id: platformId, depth: 0, req, disableErrors: true }) : null
  if (!platformId) fail('platform', 'Choose the platform this account is on.')
  else if (!platform) fail('platform', 'This platform does not exist; choose one from the list.')

  const source = accountSource(data, originalDoc)
  if (!source) fail('url', 'Give the account’s address (https://…) or its handle (@name).')
  if (!platform || !source || errors.length) throw new ValidationError({ collection: collection.slug, errors })

  const rules = platformRules(platform)
  let account = recogniseAccount(source.text, rules)
  const url = currentUrl(data, originalDoc)
  if (isRefusal(account) && source.field === 'handle' && url) {
    // Some addresses carry no handle (WeChat): there the handle is the editor's to write, and the URL names the account.
    const byUrl = recogniseAccount(url, rules)
    if (!isRefusal(byUrl) && byUrl.handle === null) account = byUrl
  }
  // A bad handle typed into the URL field is the URL field's error: that is where the editor looks.
  if (isRefusal(account)) fail(source.field === 'url' ? 'url' : (account.field ?? 'handle'), account.refused)
  else if (handlesDisagree(source, data, originalDoc, account)) {
    fail('handle', `The handle "${data.handle}" is not the one in the URL (${account.handle}); correct one of them or clear the handle.`)
  } else {
    if (await accountAlreadyFiled(req, account, rules, originalDoc?.id)) {
      fail('url', `${account.url} is already in the atlas; edit the existing account instead.`)
    }
    const sameOwner: Where[] = [
      { platform: { equals: platformId } },
      { ownerType: { equals: ownerType } },
      ownerType === 'mission' ? { mission: { equals: mission } } : ownerType === 'related-body' ? { relatedBody: { equals: merged.relatedBody } } : { ownerType: { equals: 'ministry' } },
      ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
    ]
    const siblings = await req.payload.find({ collection: 'social-accounts', where: { and: sameOwner }, depth: 0, limit: 1, req })
    if (siblings.totalDocs > 0 && !merged.title?.trim()) {
      fail('title', `This owner already has a ${rules.name} account; give this one a title to tell them apart.`)
    }
    data.url = account.url
    data.handle = account.handle ?? merged.handle ?? null
  }

  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
