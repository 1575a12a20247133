import { isValidID, ValidationError } from 'payload'
import type {
  CollectionBeforeOperationHook, CollectionBeforeValidateHook, CollectionSlug, FlattenedField, GlobalBeforeOperationHook, GlobalBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { LOCALE_CODES } from '../config/locales'
import { checkInputShape, isPlainObject, type Reference, type ShapeProblem } from '../validation/inputShape'

/**
 * Stamped by the server on every save. The admin sends them back unchanged with each form, so a
 * client's values are dropped rather than refused; the server's own code (seeds, imports, the
 * form endpoints, all through the Local API) may still set them.
 */
export const SERVER_OWNED_FIELDS = ['createdAt', 'updatedAt', 'deletedAt'] as const

// Ids are looked up a few hundred at a time: SQLite caps the variables of one statement.
const LOOKUP_BATCH = 500

const fromClient = (req: PayloadRequest) => req.payloadAPI !== 'local'

async function missingReferences(req: PayloadRequest, references: Reference[]): Promise<ShapeProblem[]> {
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference])
  const problems: ShapeProblem[] = []
  for (const [collection, refs] of byCollection) {
    const ids = [...new Set(refs.map((r) => r.id))]
    const found = new Set<string>()
    for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
      const { docs } = await req.payload.db.find({
        collection: collection as CollectionSlug, where: { id: { in: ids.slice(i, i + LOOKUP_BATCH) } },
        limit: 0, pagination: false, req, select: { id: true },
      })
      for (const doc of docs) found.add(String(doc.id))
    }
    for (const ref of refs) {
      if (!found.has(ref.id)) problems.push({ path: ref.path, message: `${ref.path}: there is no ${collection} document with the id ${JSON.stringify(ref.id)}.` })
    }
  }
  return problems
}

type Found = { problems: ShapeProblem[]; references: Reference[] }

const noteKey = (entity: { collection?: string; global?: string }) => `chancery:malformedInput:${entity.collection ?? `global:${entity.global}`}`

function refusal(entity: { collection?: string; global?: string }, problems: ShapeProblem[]) {
  return new ValidationError({
    ...(entity.collection ? { collection: entity.collection } : { global: entity.global }),
    errors: problems.map((p) => ({ path: p.path || 'data', message: p.message })),
  })
}

/**
 * Before anything touches the data: drops what the server owns, refuses a body that is not an
 * object at once (Payload's next step sets `_status` on it, a 500), and notes what is wrong with
 * the fields for reportMalformedInput to answer once the access rules have let the caller in, so
 * that a caller who may not write learns nothing from a 400 that a 403 would not tell.
 */
function inspect(args: { data?: unknown; req: PayloadRequest }, fields: FlattenedField[], entity: { collection?: string; global?: string }, operation: 'create' | 'update') {
  const { req } = args
  if (args.data === undefined && operation === 'create') args.data = {}
  if (isPlainObject(args.data)) {
    for (const key of SERVER_OWNED_FIELDS) delete args.data[key]
    // An id chosen by the client would decide, among others, the release's feed GUIDs.
    if (operation === 'create') delete args.data.id
  }
  const idType = req.payload.db.defaultIDType
  const found: Found = checkInputShape(fields, args.data, {
    isId: (value) => (typeof value === 'string' || typeof value === 'number') && String(value).length <= 64 && isValidID(value as string, idType),
    locales: LOCALE_CODES,
    allLocales: req.locale === 'all',
  })
  if (!isPlainObject(args.data)) throw refusal(entity, found.problems)
  ;(req.context as Record<string, unknown>)[noteKey(entity)] = found
}

async function report(req: PayloadRequest, entity: { collection?: string; global?: string }) {
  const context = req.context as Record<string, unknown>
  const found = context[noteKey(entity)] as Found | undefined
  if (!found) return
  delete context[noteKey(entity)]
  const problems = found.problems.length ? found.problems : await missingReferences(req, found.references)
  if (problems.length) throw refusal(entity, problems)
}

/** The first of a collection's beforeOperation hooks (see inspect). */
export const refuseMalformedInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && fromClient(req)) {
    inspect(args as { data?: unknown; req: PayloadRequest }, collection.flattenedFields, { collection: collection.slug }, operation)
  }
  return args
}

/** The first of a collection's beforeValidate hooks: after the access rules, before drafts skip validation. */
export const reportMalformedInput: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  await report(req, { collection: collection.slug })
  return data
}

/** The same for a global's update. */
export const refuseMalformedGlobalInput: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation === 'update' && fromClient(req)) inspect(args as { data?: unknown; req: PayloadRequest }, global.flattenedFields, { global: global.slug }, 'update')
  return args
}

export const reportMalformedGlobalInput: GlobalBeforeValidateHook = async ({ data, global, req }) => {
  await report(req, { global: global.slug })
  return data
}
