import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

// Documents a build keeps between runs (the live rebuild) are converted once per text, not per build.
const converted = new WeakMap<object, string>()

/**
 * Lexical to HTML on the server, without React. Payload's converter escapes text and
 * neutralises javascript: links (3.79.1+); no custom converter writes raw HTML here.
 */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  let html = converted.get(state)
  if (html === undefined) {
    html = convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })
    converted.set(state, html)
  }
  return html
}
