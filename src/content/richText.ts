import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/**
 * Lexical to HTML on the server, without React. Payload's converter escapes text and
 * neutralises javascript: links (3.79.1+); no custom converter writes raw HTML here.
 */
export function richTextToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({ data: state as SerializedEditorState, disableContainer: true })
}
