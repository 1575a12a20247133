import { isValidID, ValidationError } from 'payload'
import type { FieldHook, Payload, RichTextField } from 'payload'

import { checkLexicalTree, type LexicalRules } from '../../src/validation/lexicalTree'

const rulesByInstance = new WeakMap<Payload, LexicalRules>()

function rulesFor(payload: Payload): LexicalRules {
  let rules = rulesByInstance.get(payload)
  if (!rules) {
    const collections = Object.values(payload.collections).map((c) => c.config)
    const idType = payload.db.defaultIDType
    rules = {
      isId: (value) => (typeof value === 'string' || typeof value === 'number') && String(value).length <= 64 && isValidID(value as string, idType),
      uploadCollections: collections.filter((c) => c.upload).map((c) => c.slug),
      relationCollections: collections.map((c) => c.slug),
    }
    rulesByInstance.set(payload, rules)
  }
  return rules
}

/**
 * A field hook, not a validator: Payload skips validators when a draft is saved, and a draft is
 * where a mission editor plants content that goes live when someone else publishes it (and
 * that the preview renders at once).
 */
const refuseWhatTheEditorCannotWrite: FieldHook = ({ collection, global, path, req, value }) => {
  const result = checkLexicalTree(value, rulesFor(req.payload))
  if (result === true) return value
  const field = path.join('.')
  throw new ValidationError({
    ...(collection ? { collection: collection.slug } : { global: global?.slug }),
    errors: [{ path: field, message: `${field}: ${result}` }],
  })
}

/** Rich text as the project's editor writes it, checked on every save (see src/validation/lexicalTree.ts). */
export function richTextField(field: Omit<RichTextField, 'type'>): RichTextField {
  return {
    ...field,
    type: 'richText',
    hooks: { ...field.hooks, beforeValidate: [refuseWhatTheEditorCannotWrite, ...(field.hooks?.beforeValidate ?? [])] },
  } as RichTextField
}
