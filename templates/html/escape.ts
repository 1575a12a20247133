const SPECIAL = /[&<>"']/
const SPECIAL_ALL = /[&<>"']/g
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escapes text for an HTML text node or a quoted attribute value. The test-first fast path
 * matters: most strings on a page (slugs, dates, labels) contain nothing to escape.
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c]) : text
}
