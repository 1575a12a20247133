import type { Field } from 'payload'

import type { FieldChange } from './types'

/** Text longer than this is named as changed, never copied into the trail. */
export const SHORT_TEXT = 200
/** A list of choices or ids longer than this, once written out, is named only. */
const SHORT_LIST = 2_000

/** Kept by Payload itself, or recorded apart (`_status` is the entry's document status). */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])

/**
 * Upload collections carry Payload's file fields, hidden in the admin; of those only the file
 * name says something an editor did (a new file). The sizes, URLs and dimensions follow from it.
 */
const SHOWN_FILE_FIELDS = new Set(['filename'])

type Doc = Record<string, unknown> | null | undefined

export type ChangeOptions = {
  /** False for personal data: changed fields are named, their values never copied. */
  keepValues: boolean
  /** Only these top-level paths (the role and missions of an account). */
  only?: readonly string[]
}

/**
 * Which fields differ between two stored states of a document, read the same way (depth 0, one
 * locale, no fallback): containers (rows, tabs, collapsibles, groups) are walked into, each data
 * field compared on its own, relationships by id. A document being created compares against
 * nothing, so its filled-in fields are listed with their first values.
 */
export function changedFields(fields: readonly Field[], before: Doc, after: Doc, options: ChangeOptions): FieldChange[] {
  const out: FieldChange[] = []
  walk(fields, before ?? null, after ?? null, '', options, out)
  return out
}

function walk(fields: readonly Field[], before: Doc, after: Doc, prefix: string, options: ChangeOptions, out: FieldChange[]): void {
  for (const field of fields) {
    switch (field.type) {
      case 'ui':
      case 'join':
        continue
      case 'row':
      case 'collapsible':
        walk(field.fields, before, after, prefix, options, out)
        continue
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) walk(tab.fields, child(before, tab.name), child(after, tab.name), join(prefix, tab.name), options, out)
          else walk(tab.fields, before, after, prefix, options, out)
        }
        continue
      case 'group':
        if ('name' in field && field.name) walk(field.fields, child(before, field.name), child(after, field.name), join(prefix, field.name), options, out)
        else walk(field.fields, before, after, prefix, options, out)
        continue
    }
    if (!('name' in field) || !field.name) continue
    const path = join(prefix, field.name)
    if (!prefix && BOOKKEEPING.has(field.name)) continue
    if (options.only && !options.only.includes(path)) continue
    if (!shown(field, prefix)) continue
    const was = normalise(field, before?.[field.name])
    const is = normalise(field, after?.[field.name])
    if (stableJson(was) === stableJson(is)) continue
    out.push(describe(field, path, was, is, options))
  }
}

/** Fields nobody sees are not what an editor changed: hidden ones, virtual ones, and Payload's own file bookkeeping. */
function shown(field: Field, prefix: string): boolean {
  if ('hidden' in field && field.hidden) return false
  if ('virtual' in field && field.virtual) return false
  const adminHidden = Boolean((field.admin as { hidden?: boolean } | undefined)?.hidden)
  if (adminHidden) return !prefix && 'name' in field && SHOWN_FILE_FIELDS.has(field.name)
  return true
}

function describe(field: Field, path: string, was: unknown, is: unknown, options: ChangeOptions): FieldChange {
  const named = (omitted: string): FieldChange => ({ field: path, before: null, after: null, omitted })
  if (!options.keepValues) return named('personal data')
  switch (field.type) {
    case 'richText':
      return named('rich text')
    case 'array':
    case 'blocks':
      return named('list')
    case 'json':
      return named('structured data')
  }
  const before = display(was)
  const after = display(is)
  if (tooLong(was, before) || tooLong(is, after)) return named('long text')
  return { field: path, before, after, omitted: null }
}

function tooLong(value: unknown, shown: string | null): boolean {
  if (shown === null) return false
  return typeof value === 'string' ? value.length > SHORT_TEXT : shown.length > SHORT_LIST
}

/** Text as it is; numbers, booleans, dates and lists of ids or choices as JSON. */
function display(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * One spelling per value: empty text, an empty list and a missing value are all "nothing";
 * a relationship is its id (or `collection:id` when it may point to several), populated or not.
 */
function normalise(field: Field, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value) && value.length === 0) return null
  if (value instanceof Date) return value.toISOString()
  if (field.type === 'relationship' || field.type === 'upload') {
    return Array.isArray(value) ? value.map(reference) : reference(value)
  }
  return value
}

function reference(value: unknown): unknown {
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: target } = value as { relationTo: unknown; value: unknown }
    return `${String(relationTo)}:${String(idOf(target))}`
  }
  return idOf(value)
}

function idOf(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
}

/** JSON with keys in one order, so two reads of the same value always compare equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  ) ?? 'null'
}

function child(doc: Doc, name: string): Doc {
  const value = doc?.[name]
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)
