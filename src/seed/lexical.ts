import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

export type TextDirection = 'ltr' | 'rtl'

export type RichTextInput = {
  /** Rendered as an h2 above the paragraphs. */
  heading?: string
  paragraphs: string[]
  /** Arabic content is right-to-left; Lexical records the direction on every block. */
  direction?: TextDirection
}

function textNode(text: string): SerializedTextNode {
  return { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

function paragraphNode(text: string, direction: TextDirection): SerializedParagraphNode {
  return {
    type: 'paragraph',
    children: [textNode(text)],
    direction,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    version: 1,
  } as SerializedParagraphNode
}

function headingNode(text: string, direction: TextDirection): SerializedHeadingNode {
  return {
    type: 'heading',
    tag: 'h2',
    children: [textNode(text)],
    direction,
    format: '',
    indent: 0,
    version: 1,
  } as SerializedHeadingNode
}

/**
 * Plain paragraphs (and an optional heading) as the editor state Lexical itself would save,
 * so that seeded documents open in the admin editor exactly like hand-written ones.
 */
export function richText({ heading, paragraphs, direction = 'ltr' }: RichTextInput): DefaultTypedEditorState {
  const blocks = [
    ...(heading ? [headingNode(heading, direction)] : []),
    ...paragraphs.filter((p) => p.trim() !== '').map((p) => paragraphNode(p, direction)),
  ]
  return {
    root: { type: 'root', children: blocks, direction, format: '', indent: 0, version: 1 },
  } as DefaultTypedEditorState
}

export const directionOf = (locale: string): TextDirection => (locale === 'ar' ? 'rtl' : 'ltr')
