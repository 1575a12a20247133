import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { describe, expect, it } from 'vitest'

import { directionOf, richText } from './lexical'

describe('richText', () => {
  it('renders a heading and paragraphs to HTML with the text escaped', () => {
    const html = convertLexicalToHTML({
      data: richText({ heading: 'Fees & <times>', paragraphs: ['<script>alert(1)</script>', 'Second "para"'] }) as never,
    })
    expect(html).toContain('<h2>Fees &amp; &lt;times&gt;</h2>')
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(html).not.toContain('<script>')
    expect(html.match(/<p>/g)).toHaveLength(2)
  })

  it('records the direction Lexical expects on the root and every block', () => {
    const state = richText({ paragraphs: ['مرحبا'], direction: 'rtl' })
    expect(state.root.direction).toBe('rtl')
    expect(state.root.children.every((node) => (node as { direction?: string }).direction === 'rtl')).toBe(true)
    expect(state.root).toMatchObject({ type: 'root', format: '', indent: 0, version: 1 })
    expect(state.root.children[0]).toMatchObject({
      type: 'paragraph', format: '', indent: 0, version: 1,
      children: [{ type: 'text', text: 'مرحبا', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })
  })

  it('drops empty paragraphs and writes Arabic right-to-left', () => {
    expect(richText({ paragraphs: ['a', '  ', ''] }).root.children).toHaveLength(1)
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('zh')).toBe('ltr')
  })
})
