/**
 * Text bound for XML or JSON feeds. Feeds are read by strict XML parsers that reject a whole
 * document for one stray control character, so anything XML 1.0 cannot carry is dropped here,
 * once, for every string a feed writes. Emoji and right-to-left text are ordinary characters
 * and pass through untouched.
 */
import { Window, type Element } from 'happy-dom'
import { rewriteSrcset } from './srcset'

// XML 1.0 "Char": C0 controls other than tab, LF and CR, the non-characters U+FFFE/U+FFFF,
// and UTF-16 surrogates that are not part of a pair (they cannot be encoded as UTF-8).
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The text with every character XML 1.0 forbids removed, and CR/CRLF line ends written as LF,
 * which is what any XML parser would turn them into; JSON gets the same text as XML.
 */
export function cleanXmlText(text: string): string {
  // Most text has nothing to clean: one scan instead of two replacements.
  if (!MAY_NEED_CLEANING.test(text)) return text
  return text.replace(XML_FORBIDDEN, '').replace(/\r\n?/g, '\n')
}

// Any character either replacement above could change (surrogates included, paired or not).
const MAY_NEED_CLEANING = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;' }

// Text that neither cleaning nor escaping for element content would change (most URLs and dates).
const PLAIN_TEXT_CONTENT = /^[^&<>\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]*$/

/** Cleaned text for XML element content. */
export function xmlTextContent(text: string): string {
  if (PLAIN_TEXT_CONTENT.test(text)) return text
  return cleanXmlText(text).replace(/[&<>]/g, (c) => ESCAPES[c])
}

/**
 * Cleaned text for a double-quoted XML attribute. Parsers turn a literal tab or newline in an
 * attribute into a space, so those are written as character references to survive exactly.
 */
export function xmlAttributeValue(text: string): string {
  return cleanXmlText(text).replace(/[&<>"\t\n]/g, (c) => ESCAPES[c])
}

/**
 * Plain text as HTML that displays it, for fields readers render as HTML (an RSS item
 * description): "<b>" in a summary is then shown, not obeyed.
 */
export function plainTextAsHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c])
}

/** A URL resolved against a base, left exactly as written when it is already absolute. */
export function absoluteHref(value: string, baseUrl: string): string {
  if (!URL.canParse(baseUrl)) throw new TypeError(`Not an absolute base URL: ${baseUrl}`)
  const trimmed = value.trim()
  if (URL.canParse(trimmed)) return trimmed
  return URL.canParse(trimmed, baseUrl) ? new URL(trimmed, baseUrl).href : value
}

const URL_ATTRIBUTES = ['href', 'src'] as const
// Cheap guard: without one of these names no attribute can need rewriting, so the parse is skipped.
const MAY_HAVE_URL_ATTRIBUTE = /href|src/i

// happy-dom ships with Payload's rich-text package (via @lexical/headless); one window is
// reused because creating one costs far more than parsing a fragment in it.
let parserWindow: Window | null = null
function fragmentTemplate() {
  parserWindow ??= new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  })
  return parserWindow.document.createElement('template')
}

function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

// A plain walk over element children: happy-dom's querySelectorAll costs several times the parse.
function absolutizeElements(parent: { readonly children: ArrayLike<Element> }, baseUrl: string): void {
  for (const element of Array.from(parent.children)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value !== null) setIfChanged(element, name, absoluteHref(value, baseUrl))
    }
    const srcset = element.getAttribute('srcset')
    if (srcset !== null) setIfChanged(element, 'srcset', rewriteSrcset(srcset, (url) => absoluteHref(url, baseUrl)))
    absolutizeElements(element, baseUrl)
  }
}

/**
 * An HTML fragment with every `href`, `src` and `srcset` URL made absolute against `baseUrl`
 * (the page the fragment belongs to), so it still works when read inside a feed reader.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  if (!MAY_HAVE_URL_ATTRIBUTE.test(html)) return html
  const template = fragmentTemplate()
  template.innerHTML = html
  absolutizeElements(template.content, baseUrl)
  return template.innerHTML
}
