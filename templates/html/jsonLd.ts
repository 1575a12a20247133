import { SafeHtml } from './html'

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g
const ESCAPED: Record<string, string> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029',
}

/**
 * JSON that cannot end its <script> early: `</script>`, `<!--` and `]]>` lose their
 * angle brackets, and the JS line separators are escaped for older parsers. JSON still
 * parses to the same value because \uXXXX escapes are plain JSON.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => ESCAPED[c])
}

/** A `<script type="application/ld+json">` element for a schema.org graph. */
export function jsonLdScript(data: object): SafeHtml {
  return new SafeHtml(`<script type="application/ld+json">${scriptSafeJson(data)}</script>`)
}
