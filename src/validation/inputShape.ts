/**
 * What an API client sends, checked against the types the fields hold before Payload sees it.
 * Payload turns a number, a list or an object given for a text into its string form, and a list
 * given for a single relationship (or a word for a list of them) reaches SQLite, which answers
 * 500; drafts skip field validation altogether. Each wrong value is refused here by its path,
 * nothing is converted. Keys the collection does not have are left to Payload, which ignores them.
 */
import type { FlattenedField } from 'payload'

export type ShapeProblem = { path: string; message: string }

/** A relationship or upload value that names a document: checked for existence once the shape is right. */
export type Reference = { path: string; collection: string; id: string }

export type ShapeRules = {
  /** Whether a value has the database's id format. */
  isId: (value: unknown) => boolean
  /** The locale codes, for localized values sent for every locale at once. */
  locales: readonly string[]
  /** True when the request writes every locale at once (`locale=all`). */
  allLocales: boolean
}

export type ShapeResult = { problems: ShapeProblem[]; references: Reference[] }

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)

const describe = (value: unknown) => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  return `the ${typeof value} ${String(value)}`
}

/** Checks a document's data against its fields. The body itself must be an object. */
export function checkInputShape(fields: readonly FlattenedField[], data: unknown, rules: ShapeRules): ShapeResult {
  const result: ShapeResult = { problems: [], references: [] }
  if (!isPlainObject(data)) {
    result.problems.push({ path: '', message: `The request body must be an object of fields, not ${describe(data)}.` })
    return result
  }
  checkFields(fields, data, '', rules, result)
  return result
}

function checkFields(fields: readonly FlattenedField[], data: Record<string, unknown>, prefix: string, rules: ShapeRules, out: ShapeResult) {
  for (const field of fields) {
    if (!('name' in field) || !Object.hasOwn(data, field.name)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    if (field.localized && rules.allLocales && isPlainObject(value) && Object.keys(value).every((key) => rules.locales.includes(key))) {
      for (const [locale, item] of Object.entries(value)) if (item !== null && item !== undefined) checkValue(field, item, `${path}.${locale}`, rules, out)
      continue
    }
    checkValue(field, value, path, rules, out)
  }
}

function checkValue(field: FlattenedField, value: unknown, path: string, rules: ShapeRules, out: ShapeResult) {
  const refuse = (expected: string) => out.problems.push({ path, message: `${path} must be ${expected}, not ${describe(value)}.` })
  const hasMany = 'hasMany' in field && field.hasMany === true
  const each = (check: (item: unknown) => boolean, expected: string, plural: string) => {
    if (!hasMany) return check(value) || refuse(expected)
    if (!Array.isArray(value)) return refuse(`a list of ${plural}`)
    value.forEach((item, i) => check(item) || out.problems.push({ path: `${path}.${i}`, message: `${path}.${i} must be ${expected}, not ${describe(item)}.` }))
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each((v) => typeof v === 'string', 'text', 'texts')
    case 'number':
      return each((v) => typeof v === 'number' && Number.isFinite(v), 'a number', 'numbers')
    case 'checkbox':
      return typeof value === 'boolean' || refuse('true or false')
    case 'date':
      return (typeof value === 'string' && !Number.isNaN(Date.parse(value))) || value instanceof Date || refuse('a date (ISO 8601)')
    case 'select':
    case 'radio': {
      const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      const expected = `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`
      return each((v) => typeof v === 'string' && options.includes(v), expected, expected.replace(/^one of/, 'values from'))
    }
    case 'relationship':
    case 'upload': {
      const relationTo = field.relationTo
      if (Array.isArray(relationTo)) {
        const check = (item: unknown, itemPath: string) => {
          const target = isPlainObject(item) ? item : null
          const id = target && (isPlainObject(target.value) ? target.value.id : target.value)
          if (!target || typeof target.relationTo !== 'string' || !(relationTo as string[]).includes(target.relationTo) || !rules.isId(id)) return false
          out.references.push({ path: itemPath, collection: target.relationTo, id: String(id) })
          return true
        }
        const expected = `{ "relationTo": one of ${relationTo.join(', ')}, "value": an id }`
        if (!hasMany) return check(value, path) || refuse(expected)
        if (!Array.isArray(value)) return refuse(`a list of ${expected}`)
        return value.forEach((item, i) => check(item, `${path}.${i}`) || out.problems.push({ path: `${path}.${i}`, message: `${path}.${i} must be ${expected}, not ${describe(item)}.` }))
      }
      // The id, or the related document as a read returned it (Payload keeps its id).
      const check = (item: unknown, itemPath: string) => {
        const id = isPlainObject(item) ? item.id : item
        if (!rules.isId(id)) return false
        out.references.push({ path: itemPath, collection: relationTo, id: String(id) })
        return true
      }
      const expected = `the id of one ${relationTo} document`
      if (!hasMany) return check(value, path) || refuse(expected)
      if (!Array.isArray(value)) return refuse(`a list of ids of ${relationTo} documents`)
      return value.forEach((item, i) => check(item, `${path}.${i}`) || out.problems.push({ path: `${path}.${i}`, message: `${path}.${i} must be the id of a ${relationTo} document, not ${describe(item)}.` }))
    }
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) return refuse('an object of fields')
      return checkFields(field.flattenedFields, value, `${path}.`, rules, out)
    case 'array':
      if (!Array.isArray(value)) return refuse('a list of rows')
      return value.forEach((row, i) => {
        if (!isPlainObject(row)) out.problems.push({ path: `${path}.${i}`, message: `${path}.${i} must be an object of fields, not ${describe(row)}.` })
        else checkFields(field.flattenedFields, row, `${path}.${i}.`, rules, out)
      })
    case 'blocks':
      if (!Array.isArray(value)) return refuse('a list of blocks')
      return value.forEach((row, i) => {
        const block = isPlainObject(row) ? field.blocks.find((b) => typeof b !== 'string' && b.slug === row.blockType) : undefined
        if (!block || typeof block === 'string') out.problems.push({ path: `${path}.${i}`, message: `${path}.${i} must be a block of a known type, not ${describe(row)}.` })
        else checkFields(block.flattenedFields, row as Record<string, unknown>, `${path}.${i}.`, rules, out)
      })
    case 'point':
      return (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v))) || refuse('[longitude, latitude]')
    default:
      // json, richText (checked by its own hook, collections/fields/richText.ts) and join fields.
      return
  }
}
