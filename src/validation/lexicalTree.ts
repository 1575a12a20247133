/**
 * The shape of a rich-text value, checked on every save (drafts included) before anything stores
 * it. Only what the project's editor writes is taken — Payload's default Lexical features: the
 * core nodes, headings, quotes, lists and check lists, links and autolinks, uploads,
 * relationships and horizontal rules — with each attribute of the type and range the editor gives
 * it. Everything else is refused with the place in the tree where it was found, because each
 * deviation did harm downstream: an upload whose `value` is an inline document rendered its `url`
 * as a link (`javascript:` included), an unknown type published the words "unknown node", a text
 * that is not a string blanked the whole body, and a format or indent that is not a number
 * rendered `NaNpx`.
 */

export type LexicalRules = {
  /** Whether a related document's id has the database's id format (a UUID on SQLite, an ObjectId on MongoDB). */
  isId: (value: unknown) => boolean
  /** Collections an upload node may point at. */
  uploadCollections: readonly string[]
  /** Collections a relationship node or an internal link may point at. */
  relationCollections: readonly string[]
}

/** Lexical's text format bits: bold, italic, strikethrough, underline, code, sub, sup, highlight, three cases. */
export const MAX_TEXT_FORMAT = (1 << 11) - 1

/**
 * Each level renders as 40 px of start padding: ten levels already take most of a phone's width,
 * and nothing an editor means to write goes deeper.
 */
export const MAX_INDENT = 10

/** Lists nest two levels (list, item) at a time; a hundred levels is no document, and recursion must stop somewhere. */
export const MAX_DEPTH = 100

const ELEMENT_ALIGNMENTS = ['', 'left', 'start', 'center', 'right', 'end', 'justify']
const DIRECTIONS = [null, 'ltr', 'rtl']
const TEXT_MODES = ['normal', 'token', 'segmented']
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
const LIST_TYPES = ['bullet', 'number', 'check']

type Node = Record<string, unknown>
type Check = (value: unknown, rules: LexicalRules) => true | string
type NodeSpec = {
  /** Whether the node holds children, and of which kind. */
  children?: 'blocks' | 'inline' | 'list-items'
  attributes: Record<string, Check>
  /** Attributes the editor always writes; the others may be absent. */
  required?: string[]
}

const isPlainObject = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

const show = (value: unknown) => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (Array.isArray(value)) return 'a list'
  if (value && typeof value === 'object') return 'an object'
  return String(value)
}

const oneOf = (allowed: readonly unknown[], what: string): Check => (value) =>
  allowed.includes(value) ? true : `must be ${what}, not ${show(value)}`

const integer = (min: number, max: number): Check => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? true
    : `must be a whole number from ${min} to ${max}, not ${show(value)}`

const string: Check = (value) => (typeof value === 'string' ? true : `must be text, not ${show(value)}`)
const boolean: Check = (value) => (typeof value === 'boolean' ? true : `must be true or false, not ${show(value)}`)
const version = integer(0, 100)

// Lexical reads a number here in content saved by older versions, and the converter then ignores it.
const elementFormat: Check = (value) =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6) || ELEMENT_ALIGNMENTS.includes(value as string)
    ? true
    : `must be one of ${ELEMENT_ALIGNMENTS.map((a) => JSON.stringify(a)).join(', ')}, not ${show(value)}`

/** A reference to another document: its id, never the document itself (which the converter would render as given). */
const documentId: Check = (value, rules) => {
  if (rules.isId(value)) return true
  return isPlainObject(value) || Array.isArray(value)
    ? `must be the id of a document, not ${show(value)} (documents are referenced, never embedded)`
    : `must be the id of a document, not ${show(value)}`
}

const relationTo = (collections: (rules: LexicalRules) => readonly string[]): Check => (value, rules) =>
  collections(rules).includes(value as string) ? true : `must be one of ${collections(rules).join(', ')}, not ${show(value)}`

/** Lexical's node state: plain values only, which nothing renders. */
const nodeState: Check = (value) =>
  isPlainObject(value) && Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    ? true
    : 'must be an object of plain values'

function fieldsOf(spec: Record<string, Check>): Check {
  return (value, rules) => {
    if (!isPlainObject(value)) return `must be an object, not ${show(value)}`
    for (const [key, item] of Object.entries(value)) {
      const check = spec[key]
      if (!check) return `holds "${key}", which the editor never writes`
      if (item === undefined) continue
      const result = check(item, rules)
      if (result !== true) return `"${key}" ${result}`
    }
    return true
  }
}

// What a browser would run or render inline instead of navigating to; leading blanks and controls are ignored by browsers too.
const SCRIPTABLE_URL = /^[\u0000-\u0020]*(?:j[\s]*a[\s]*v[\s]*a[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t|vbscript|data)[\s]*:/i

const linkUrl: Check = (value) => {
  if (typeof value !== 'string') return `must be text, not ${show(value)}`
  return SCRIPTABLE_URL.test(value) ? `must be a web, mail or phone address, not ${show(value)}` : true
}

const linkFields = fieldsOf({
  url: linkUrl,
  newTab: boolean,
  linkType: oneOf(['custom', 'internal'], '"custom" or "internal"'),
  doc: (value, rules) => {
    if (value === null) return true
    return fieldsOf({ relationTo: relationTo((r) => r.relationCollections), value: documentId })(value, rules)
  },
})

// An upload's own fields (alt text and the like, when a collection defines them): plain values only.
const uploadFields: Check = (value) =>
  value === null || (isPlainObject(value) && Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    ? true
    : 'must be an object of plain values'

const element = {
  children: () => true as const,
  direction: oneOf(DIRECTIONS, '"ltr", "rtl" or null'),
  format: elementFormat,
  indent: integer(0, MAX_INDENT),
  textFormat: integer(0, MAX_TEXT_FORMAT),
  textStyle: string,
  type: () => true as const,
  version,
  $: nodeState,
}

const text = {
  detail: integer(0, 3),
  format: integer(0, MAX_TEXT_FORMAT),
  mode: oneOf(TEXT_MODES, '"normal", "token" or "segmented"'),
  style: string,
  text: string,
  type: () => true as const,
  version,
  $: nodeState,
}

const SPECS: Record<string, NodeSpec> = {
  root: { children: 'blocks', attributes: element },
  paragraph: { children: 'inline', attributes: element },
  heading: { children: 'inline', attributes: { ...element, tag: oneOf(HEADING_TAGS, 'h1 to h6') }, required: ['tag'] },
  quote: { children: 'inline', attributes: element },
  list: {
    children: 'list-items',
    attributes: {
      ...element,
      listType: oneOf(LIST_TYPES, '"bullet", "number" or "check"'),
      start: integer(0, 1_000_000),
      tag: oneOf(['ul', 'ol'], '"ul" or "ol"'),
    },
    required: ['listType', 'tag'],
  },
  listitem: {
    // A list item holds text, or a nested list.
    children: 'inline',
    attributes: { ...element, value: integer(0, 1_000_000), checked: boolean },
  },
  link: { children: 'inline', attributes: { ...element, fields: linkFields, id: string }, required: ['fields'] },
  autolink: { children: 'inline', attributes: { ...element, fields: linkFields }, required: ['fields'] },
  text: { attributes: text, required: ['text'] },
  tab: { attributes: text, required: ['text'] },
  linebreak: { attributes: { type: () => true, version, $: nodeState } },
  horizontalrule: { attributes: { type: () => true, version, $: nodeState } },
  upload: {
    attributes: {
      type: () => true,
      version,
      format: elementFormat,
      id: string,
      fields: uploadFields,
      relationTo: relationTo((r) => r.uploadCollections),
      value: documentId,
      $: nodeState,
    },
    required: ['relationTo', 'value'],
  },
  relationship: {
    attributes: {
      type: () => true,
      version,
      format: elementFormat,
      relationTo: relationTo((r) => r.relationCollections),
      value: documentId,
      $: nodeState,
    },
    required: ['relationTo', 'value'],
  },
}

const INLINE = new Set(['text', 'tab', 'linebreak', 'link', 'autolink'])
const LIST_ITEM_CONTENT = new Set([...INLINE, 'list'])
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'horizontalrule', 'upload', 'relationship'])

const ordinal = (i: number) => `block ${i + 1}`

/**
 * Whether a rich-text value is a tree the editor could have written. Returns true, or where the
 * first problem is and what it is, e.g. `block 2 (paragraph) › item 1 (text): "text" must be text, not 42`.
 * Empty values (null, undefined) are left to the field's `required`.
 */
export function checkLexicalTree(value: unknown, rules: LexicalRules): true | string {
  if (value === null || value === undefined) return true
  if (!isPlainObject(value)) return `must be a Lexical editor state (an object with a "root"), not ${show(value)}`
  const extra = Object.keys(value).find((key) => key !== 'root')
  if (extra) return `holds "${extra}" beside "root", which the editor never writes`
  if (!isPlainObject(value.root)) return `"root" must be an object, not ${show(value.root)}`
  if (value.root.type !== 'root') return `"root" must be of type "root", not ${show(value.root.type)}`
  return checkNode(value.root, rules, 'root', 0, null)
}

function checkNode(node: Node, rules: LexicalRules, where: string, depth: number, allowed: Set<string> | null): true | string {
  if (depth > MAX_DEPTH) return `${where}: nests deeper than ${MAX_DEPTH} levels`
  const type = node.type
  const spec = typeof type === 'string' && Object.hasOwn(SPECS, type) ? SPECS[type] : undefined
  if (!spec) return `${where}: ${show(type)} is not a kind of content this editor has`
  if (allowed && !allowed.has(type as string)) return `${where}: "${type}" cannot stand here`
  for (const key of spec.required ?? []) {
    if (!(key in node)) return `${where} (${type}): "${key}" is missing`
  }
  for (const [key, item] of Object.entries(node)) {
    const check = Object.hasOwn(spec.attributes, key) ? spec.attributes[key] : undefined
    if (!check) return `${where} (${type}): holds "${key}", which the editor never writes`
    if (item === undefined) continue
    const result = check(item, rules)
    if (result !== true) return `${where} (${type}): "${key}" ${result}`
  }
  if (!spec.children) return true
  if (!Array.isArray(node.children)) return `${where} (${type}): "children" must be a list, not ${show(node.children)}`
  const childKind = spec.children === 'blocks' ? BLOCKS : spec.children === 'list-items' ? new Set(['listitem']) : type === 'listitem' ? LIST_ITEM_CONTENT : INLINE
  for (let i = 0; i < node.children.length; i++) {
    const child: unknown = node.children[i]
    const label = type === 'root' ? ordinal(i) : `${where} (${type}) › item ${i + 1}`
    if (!isPlainObject(child)) return `${label}: must be a node, not ${show(child)}`
    const result = checkNode(child, rules, label, depth + 1, childKind)
    if (result !== true) return result
  }
  return true
}
