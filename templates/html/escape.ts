// Characters the HTML parser reports as errors wherever they appear ("control-character-in-input-stream",
// "noncharacter-…", "surrogate-…", and NUL, which it drops or replaces): C0 controls but tab, LF, FF
// and CR, DEL and the C1 controls, unpaired surrogates, and the noncharacters. No reader can see
// them and some break the page (an ESC in a title, a NUL in an attribute), so they are dropped,
// as the feeds drop what XML forbids.
const HTML_FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu

// One test for both jobs; it also matches paired surrogates (emoji), which then only take the slower path.
const MAY_CHANGE = /[&<>"'\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/
const SPECIAL_ALL = /[&<>"']/g
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The text without the characters HTML forbids (see above); markup stays as it was. */
export function stripHtmlForbidden(text: string): string {
  return text.replace(HTML_FORBIDDEN, '')
}

/**
 * Escapes text for an HTML text node or a quoted attribute value, dropping the characters HTML
 * forbids. The test-first fast path matters: most strings on a page (slugs, dates, labels)
 * contain nothing to change.
 */
export function escapeHtml(text: string): string {
  return MAY_CHANGE.test(text) ? stripHtmlForbidden(text).replace(SPECIAL_ALL, (c) => ENTITY[c]) : text
}
