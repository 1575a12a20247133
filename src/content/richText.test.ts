import { HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'

import { richTextToHtml, sanitizeRichTextHtml } from './richText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, detail: 0, format, mode: 'normal', style: '', version: 1 })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) =>
  ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })
const state = (...children: unknown[]) => ({ root: block('root', children) })

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off', 'no-inline-style': 'off' } })
const page = (body: string) => `<!doctype html><html lang="es"><head><title>t</title></head><body><main>${body}</main></body></html>`

describe('richTextToHtml: the second line behind the save-time check (issue 20)', () => {
  it('renders no script from an upload node stored with an inline document', () => {
    const inline = { type: 'upload', version: 3, format: '', fields: {}, relationTo: 'media', value: { id: 'x', mimeType: 'text/html', url: 'javascript:alert(6)', filename: 'Ver' } }
    const html = richTextToHtml(state(block('paragraph', [text('Antes')]), inline))
    expect(html).not.toMatch(/javascript/i)
    expect(html).toBe('<p>Antes</p><a>Ver</a>')
  })

  it('keeps an image whose address is on the web, and drops one that is not', () => {
    const image = (url: string) => ({ type: 'upload', version: 3, format: '', relationTo: 'media', value: { id: 'x', mimeType: 'image/png', url, width: 4, height: 3, alt: 'Bandera' } })
    expect(richTextToHtml(state(image('/media/bandera.png')))).toMatch(/<img alt="Bandera" height="3" src="\/media\/bandera.png" width="4">/)
    expect(richTextToHtml(state(image('data:text/html;base64,PHNjcmlwdD4=')))).not.toMatch(/data:/)
  })

  it('prints nothing for a relationship or an unknown node, instead of "unknown node"', () => {
    const html = richTextToHtml(state(
      block('paragraph', [text('Uno')]),
      { type: 'relationship', version: 2, format: '', relationTo: 'missions', value: 'abc' },
      { type: 'mystery', version: 1 },
      block('paragraph', [text('Dos')]),
    ))
    expect(html).toBe('<p>Uno</p><p>Dos</p>')
  })

  it('writes void elements as HTML does, without a closing slash', () => {
    expect(richTextToHtml(state(block('paragraph', [text('a'), { type: 'linebreak', version: 1 }, text('b')]), block('paragraph', []), { type: 'horizontalrule', version: 1 })))
      .toBe('<p>a<br>b</p><p><br></p><hr>')
  })

  it('drops control characters from the text, as the feeds do', () => {
    expect(richTextToHtml(state(block('paragraph', [text('Bo\u0000le\u001btín\u0085 de\u0007 prensa')])))).toBe('<p>Boletín de prensa</p>')
  })

  it('keeps what the editor’s formatting produces: alignment, indent, marks, lists, links that open in a new tab', () => {
    const html = richTextToHtml(state(
      block('heading', [text('Título')], { tag: 'h2', format: 'center' }),
      block('paragraph', [text('negrita', 1), text(' subrayado', 8), text(' tachado', 4)], { indent: 2 }),
      block('list', [block('listitem', [text('uno')], { value: 1 })], { listType: 'number', tag: 'ol', start: 1 }),
      block('paragraph', [block('link', [text('enlace')], { fields: { url: 'https://www.cancilleria.gob.ec/', newTab: true, linkType: 'custom' } })]),
    ))
    expect(html).toContain('<h2 style="text-align:center">Título</h2>')
    expect(html).toContain('<p style="padding-inline-start:80px"><strong>negrita</strong><span style="text-decoration:underline"> subrayado</span><span style="text-decoration:line-through"> tachado</span></p>')
    expect(html).toMatch(/<ol class="list-number"><li[^>]*value="1">uno<\/li><\/ol>/)
    expect(html).toContain('<a href="https://www.cancilleria.gob.ec/" rel="noopener noreferrer" target="_blank">enlace</a>')
  })

  it('renders a check list the same on every build, as valid HTML', async () => {
    const list = state(block('list', [block('listitem', [text('hecho')], { value: 1, checked: true })], { listType: 'check', tag: 'ul', start: 1 }))
    const first = richTextToHtml(list)
    expect(richTextToHtml(structuredClone(list))).toBe(first)
    expect(first).not.toMatch(/htmlFor|readOnly|\bid=/)
    expect(first).toBe('<ul class="list-check"><li class="list-item-checkbox list-item-checkbox-checked" style="list-style-type:none"><label><input type="checkbox" disabled checked> hecho</label></li></ul>')
    const report = await validator.validateString(page(first))
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
  })
})

describe('sanitizeRichTextHtml', () => {
  it.each([
    ['<p onclick="alert(1)">x</p>', '<p>x</p>'],
    ['<script>alert(1)</script><p>x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/">x</a>', '<a>x</a>'],
    ['<img src="x" onerror="alert(1)">', '<img src="x">'],
    ['<p style="background:url(javascript:alert(1));text-align:right">x</p>', '<p style="text-align:right">x</p>'],
    ['<iframe src="https://evil.example/"></iframe><svg><script>1</script></svg>', ''],
    ['<picture><source srcset="javascript:alert(1) 1x" type="image/png"><img src="/a.png" alt=""></picture>', '<picture><source type="image/png"><img src="/a.png" alt=""></picture>'],
  ])('%s → %s', (dirty, clean) => {
    expect(sanitizeRichTextHtml(dirty)).toBe(clean)
  })
})
