import { SafeHtml } from './html'

// Also DEL, the C1 controls and the noncharacters, which JSON.stringify leaves raw and the HTML parser reports as errors.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * JSON that cannot end its <script> early: `</script>`, `<!--` and `]]>` lose their
 * angle brackets, and the JS line separators are escaped for older parsers. JSON still
 * parses to the same value because \uXXXX escapes are plain JSON.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, unicodeEscape)
}

/** A `<script type="application/ld+json">` element for a schema.org graph. */
export function jsonLdScript(data: object): SafeHtml {
  return new SafeHtml(`<script type="application/ld+json">${scriptSafeJson(data)}</script>`)
}
