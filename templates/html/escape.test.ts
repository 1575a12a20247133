import { describe, expect, it } from 'vitest'

import { escapeHtml, stripHtmlForbidden } from './escape'
import { html } from './html'
import { scriptSafeJson } from './jsonLd'

// What the HTML parser reports as an error in any text or attribute (NUL, C0 but whitespace, DEL, C1, noncharacters, lone surrogates).
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/u

describe('escapeHtml drops what HTML forbids, as the feeds drop what XML forbids (issue 20)', () => {
  const title = 'Comunicado\u0000 de\u001b[31m prensa\u0007\u007f\u0085\uFFFE\uFDD0 \uD800fin'

  it('in text and in attributes', () => {
    const out = html`<h1 title="${title}">${title}</h1>`.value
    expect(out).not.toMatch(FORBIDDEN_IN_HTML)
    expect(out).toBe('<h1 title="Comunicado de[31m prensa fin">Comunicado de[31m prensa fin</h1>')
  })

  it('keeps tabs, line ends, emoji, right-to-left text and the line separators', () => {
    const text = 'a\tb\nc\r\nd\fe 🇪🇨 مدريد \u2028\u2029 \u{1F600}'
    expect(escapeHtml(text)).toBe(text)
    expect(stripHtmlForbidden(text)).toBe(text)
  })

  it('still escapes markup once the controls are gone', () => {
    expect(escapeHtml('<\u0000script>')).toBe('&lt;script&gt;')
  })
})

describe('JSON-LD keeps its values and leaves no character HTML forbids', () => {
  it('escapes DEL, C1 controls and noncharacters, which JSON.stringify leaves raw', () => {
    const value = { headline: 'a\u007fb\u0085c\uFFFEd\u0000e' }
    const json = scriptSafeJson(value)
    expect(json).not.toMatch(FORBIDDEN_IN_HTML)
    expect(JSON.parse(json)).toEqual(value)
  })
})
