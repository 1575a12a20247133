import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import sanitizeHtml from 'sanitize-html'

import { stripHtmlForbidden } from '../../templates/html/escape'

// Documents a build keeps between runs (the live rebuild) are converted once per text, not per build.
const converted = new WeakMap<object, string>()

/**
 * Payload's converters, less two outputs no site should show: relationship blocks have no
 * converter (they would print "unknown node"), and neither has any node type the save-time
 * check (src/validation/lexicalTree.ts) would refuse but older content may still hold.
 */
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  relationship: () => '',
  unknown: () => '',
  // The default check-list item carries an id drawn at random on every conversion (every build
  // would rewrite the page) and React's attribute names (htmlFor, readOnly): a disabled checkbox
  // inside its label says the same, the same way each time.
  listitem: (args) => {
    const { node, nodesToHTML, parent, providedCSSString } = args
    const isCheck = 'listType' in parent && parent.listType === 'check'
    const nested = node.children.some((child) => child.type === 'list')
    if (!isCheck || nested) return (defaultConverters.listitem as (converterArgs: typeof args) => string)(args)
    const children = nodesToHTML({ nodes: node.children }).join('')
    const state = node.checked ? 'checked' : 'unchecked'
    return `<li class="list-item-checkbox list-item-checkbox-${state}" style="list-style-type: none;${providedCSSString}"><label><input type="checkbox" disabled${node.checked ? ' checked' : ''}> ${children}</label></li>`
  },
  // Its template indents the markup it writes, which leaves blank text and trailing spaces in the page.
  upload: (args) => compactMarkup((defaultConverters.upload as (converterArgs: typeof args) => string)(args)),
})

const compactMarkup = (html: string) => html.replace(/>\s+</g, '><').replace(/\s*\n\s*/g, ' ').trim()

const ALIGN = /^(?:left|right|center|justify)$/

const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** The same rule as the policy's schemes below, decided before attributes are filtered; browsers ignore blanks and controls in a URL. */
function isAllowedHref(href: string | undefined): boolean {
  const url = (href ?? '').replace(/[\u0000-\u0020]/g, '')
  if (url === '' || url.startsWith('//') || url.startsWith('\\')) return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  return !scheme || LINK_SCHEMES.includes(scheme[1].toLowerCase())
}

const VOID = ['br', 'hr', 'img', 'source', 'input']
// The sanitiser writes void elements as <br />; the pages are HTML, where they take no slash. Its
// attribute values escape < and >, so a tag's end is the first > after its name.
const SELF_CLOSED = new RegExp(`<(${VOID.join('|')})\\b([^<>]*?)\\s*/>`, 'g')

/**
 * Everything Payload's default converters write for the editor's nodes, and nothing else. The
 * converter escapes text and neutralises `javascript:` in links; this is the second line, for
 * what reaches it anyway (an upload node stored with an inline document rendered that
 * document's `url` as given) and for whatever a future converter gets wrong.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'em', 'span', 'code', 'sub', 'sup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'img', 'picture', 'source', 'label', 'input',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target', 'style'],
    img: ['src', 'alt', 'width', 'height', 'style'],
    source: ['srcset', 'media', 'type'],
    input: [{ name: 'type', multiple: false, values: ['checkbox'] }, 'checked', 'disabled'],
    li: ['value', 'class', 'style'],
    ul: ['class', 'style'],
    ol: ['class', 'style'],
    '*': ['style'],
  },
  allowedClasses: {
    ul: ['list-bullet', 'list-number', 'list-check'],
    ol: ['list-bullet', 'list-number', 'list-check'],
    li: ['nestedListItem', 'list-item-checkbox', 'list-item-checkbox-checked', 'list-item-checkbox-unchecked'],
  },
  allowedStyles: {
    '*': {
      'text-align': [ALIGN],
      'padding-inline-start': [/^\d{1,4}px$/],
      'text-decoration': [/^(?:underline|line-through)$/],
      'list-style-type': [/^none$/],
    },
  },
  // Relative addresses (the site's own pages and media) stay; of the rest, only the web, mail and phone.
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: { img: ['http', 'https'], source: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset'],
  allowProtocolRelative: false,
  // A link whose address goes keeps its text, and loses what only a link with an address may carry.
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: isAllowedHref(attribs.href) ? attribs : {} }),
  },
  selfClosing: VOID,
  disallowedTagsMode: 'discard',
}

/** The converter's HTML, cleaned of control characters and reduced to what the editor's nodes produce. */
export function sanitizeRichTextHtml(html: string): string {
  return sanitizeHtml(stripHtmlForbidden(html), POLICY).replace(SELF_CLOSED, '<$1$2>')
}

/** Lexical to HTML on the server, without React, sanitised for pages and feeds alike. */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  let html = converted.get(state)
  if (html === undefined) {
    html = sanitizeRichTextHtml(convertLexicalToHTML({ converters, data: state as SerializedEditorState, disableContainer: true }))
    converted.set(state, html)
  }
  return html
}
