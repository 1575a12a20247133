import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { DEFAULT_LOCALE } from '../../../src/config/locales'
import { CORPS_KINDS, CORPS_OF, classesOf, corpsOfClass, isCorpsKind, isHeadClass, SENT_BY_ORGANISATION } from '../../../src/corps/kinds'
import { canonicalSocialAccounts, type FieldError } from '../../../src/corps/socialAccounts'

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== ''

/**
 * The entry's rules beyond each field's own: a state's mission names its sending state and an
 * organisation's office its organisation; the head's class is one of its corps's (an embassy has
 * no consul-general at its head); social accounts are stored in their platform's canonical form.
 * A draft may still lack the sender. A refused save changes nothing: the error is thrown first.
 */
export const checkAccreditedMission: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors: FieldError[] = []
  const draft = merged._status === 'draft'
  const kind = merged.kind
  if (isCorpsKind(kind)) {
    const byOrganisation = SENT_BY_ORGANISATION.has(kind)
    const label = CORPS_KINDS.find((k) => k.value === kind)!.label.toLowerCase()
    if (byOrganisation) {
      // The organisation's name is translated; the network's default language must have it.
      if (!draft && (req.locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE && !filled(merged.organisation)) {
        errors.push({ path: 'organisation', message: `Name the organisation this ${label} belongs to.` })
      }
      if (merged.sendingState) data.sendingState = null
    } else if (!draft && !filled(merged.sendingState)) {
      errors.push({ path: 'sendingState', message: `Give the sending state of this ${label} as an ISO 3166-1 alpha-2 code, such as "MX" for Mexico.` })
    }
    const headClass = merged.head?.class
    if (isHeadClass(headClass) && corpsOfClass(headClass) !== CORPS_OF[kind]) {
      errors.push({ path: 'head.class', message: `A ${headClass} does not head a ${label}; choose one of: ${classesOf(CORPS_OF[kind]).join(', ')}.` })
    }
  }
  if (data.socialAccounts !== undefined) {
    const accounts = await canonicalSocialAccounts(req, data.socialAccounts)
    errors.push(...accounts.errors)
    data.socialAccounts = accounts.rows
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  data.listName = listName(merged)
  return data
}

/** How the admin's list names an entry: sender, kind and city ("ES · embassy · Quito"). */
function listName(doc: Record<string, any>): string {
  const sender = SENT_BY_ORGANISATION.has(doc.kind) ? (doc.acronym || doc.organisation) : doc.sendingState
  return [typeof sender === 'string' ? sender : '', doc.kind, doc.address?.city].filter((part) => typeof part === 'string' && part.trim()).join(' · ')
}
