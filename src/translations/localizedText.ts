/**
 * The translatable text of a document, language by language: every localized field, found
 * wherever it sits (top level, in groups, in array rows and blocks), keyed by its path with
 * array rows named by their id, so a row's English and Spanish are matched however the rows
 * were reordered. Pure: works on the shapes Payload hands to hooks and stores.
 *
 * Two shapes of a document meet here. "With locales" is what the database holds: a localized
 * field is a map `{ es: …, en: … }` at its place. "In one locale" is what a save carries: the
 * localized field holds the value of the locale being saved.
 */
import type { Field } from 'payload'

import { LOCALE_CODES, type LocaleCode } from '../config/locales'
import { EDITED_AT } from './collections'

export type TextField = {
  /** Where the value is: `title`, `parts.safety`, `regions.<row id>.name`. */
  key: string
  /** The field's path without row ids, as an editor would name it: `regions.name`. */
  name: string
  required: boolean
  /** Outside any array or block: the fields a document as a whole has once. */
  topLevel: boolean
}

export type DocumentText = {
  fields: TextField[]
  /** Each language's value of each field, by key. */
  values: Record<LocaleCode, Record<string, unknown>>
}

type Node = Record<string, unknown> | undefined
/** The locale being saved and its values; the other languages come from the stored document. */
export type Saving = { locale: LocaleCode; data: Node }

const asNode = (value: unknown): Node => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined)
const rowsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter((row) => asNode(row)) : [])
const rowKey = (row: Record<string, unknown>, index: number) => (typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `#${index}`)

/**
 * The text of a document in every language of the network. `stored` is the document with
 * locales; when `saving` is given, its locale's values (and the rows of arrays) come from the
 * data being saved instead, as Payload will merge them.
 */
export function documentText(fields: Field[], stored: Node, options: { saving?: Saving; ignore?: readonly string[] } = {}): DocumentText {
  const ignore = new Set([EDITED_AT, ...(options.ignore ?? [])])
  const out: DocumentText = { fields: [], values: Object.fromEntries(LOCALE_CODES.map((code) => [code, {}])) as DocumentText['values'] }
  const saving = options.saving

  const walk = (list: Field[], current: Node, withLocales: Node, keyPrefix: string, namePrefix: string, topLevel: boolean) => {
    for (const field of list) {
      if (field.type === 'ui') continue
      if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
        walk(field.fields, current, withLocales, keyPrefix, namePrefix, topLevel)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            walk(tab.fields, asNode(current?.[tab.name]), asNode(withLocales?.[tab.name]), `${keyPrefix}${tab.name}.`, `${namePrefix}${tab.name}.`, topLevel)
          } else {
            walk(tab.fields, current, withLocales, keyPrefix, namePrefix, topLevel)
          }
        }
        continue
      }
      if (!('name' in field) || !field.name) continue
      const name = field.name
      if (topLevel && keyPrefix === '' && ignore.has(name)) continue
      const key = `${keyPrefix}${name}`
      if ('localized' in field && field.localized) {
        // A localized field is one value per language, however much structure it holds.
        out.fields.push({ key, name: `${namePrefix}${name}`, required: 'required' in field && field.required === true, topLevel })
        const stored = asNode(withLocales?.[name])
        for (const code of LOCALE_CODES) {
          out.values[code][key] = saving && code === saving.locale ? current?.[name] : stored?.[code]
        }
        continue
      }
      if (field.type === 'group') {
        walk(field.fields, asNode(current?.[name]), asNode(withLocales?.[name]), `${key}.`, `${namePrefix}${name}.`, topLevel)
      } else if (field.type === 'array' || field.type === 'blocks') {
        // The rows saved are the rows of the data being saved; their other languages are on the stored row of the same id.
        const storedRows = rowsOf(withLocales?.[name])
        const rows = saving ? rowsOf(current?.[name]) : storedRows
        rows.forEach((row, index) => {
          const storedRow = saving ? storedRows.find((r) => r.id !== undefined && r.id === row.id) : row
          const rowFields = field.type === 'array' ? field.fields : blockFields(field, row.blockType)
          walk(rowFields, saving ? row : undefined, storedRow, `${key}.${rowKey(row, index)}.`, `${namePrefix}${name}.`, false)
        })
      }
    }
  }

  walk(fields, saving?.data, stored, '', '', true)
  return out
}

function blockFields(field: Extract<Field, { type: 'blocks' }>, blockType: unknown): Field[] {
  const block = (field.blocks ?? []).find((b) => b.slug === blockType)
  return block?.fields ?? []
}

const RICH_CONTENT_NODES = new Set(['upload', 'relationship', 'block', 'inlineBlock', 'horizontalrule'])

function richTextHasContent(node: unknown): boolean {
  const n = asNode(node)
  if (!n) return false
  if (typeof n.text === 'string' && n.text.trim() !== '') return true
  if (typeof n.type === 'string' && RICH_CONTENT_NODES.has(n.type)) return true
  return Array.isArray(n.children) && n.children.some(richTextHasContent)
}

/**
 * Whether a value holds text a reader would see: not null, not blank, not an empty rich text
 * (the editor stores an emptied body as one empty paragraph).
 */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number' || typeof value === 'boolean') return true
  if (Array.isArray(value)) return value.some(hasContent)
  const node = asNode(value)
  if (!node) return false
  if ('root' in node) return richTextHasContent(node.root)
  return Object.entries(node).some(([k, v]) => k !== 'id' && k !== 'blockType' && hasContent(v))
}

// Properties the rich text editor writes or drops as it loads and saves, without anyone editing.
const EDITOR_NOISE = new Set(['direction', 'textFormat', 'textStyle', 'version', '$'])

function canonical(value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (Array.isArray(value)) return value.map(canonical)
  const node = asNode(value)
  if (!node) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(node).sort()) {
    if (EDITOR_NOISE.has(key)) continue
    const v = canonical(node[key])
    if (v !== null) out[key] = v
  }
  return out
}

/** Whether two values say the same, ignoring what the editor adds on its own (rich text bookkeeping, empty strings for nothing). */
export function sameText(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/** Whether one language's text differs between two readings of a document (a row added or removed counts). */
export function textChanged(before: DocumentText, after: DocumentText, locale: LocaleCode): boolean {
  const keys = new Set([...Object.keys(before.values[locale]), ...Object.keys(after.values[locale])])
  for (const key of keys) if (!sameText(before.values[locale][key], after.values[locale][key])) return true
  return false
}
