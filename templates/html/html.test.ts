import { describe, expect, it } from 'vitest'

import { escapeHtml } from './escape'
import { html, join, trustedHtml } from './html'
import { jsonLdScript, scriptSafeJson } from './jsonLd'

describe('html tagged template', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `<script>alert(1)</script>"'&`
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;">&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</p>',
    )
  })

  it('keeps nested html fragments and arrays of them unescaped, and escapes strings inside arrays', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`)
    expect(html`<ul>${items}${['<x>']}</ul>`.value).toBe('<ul><li>a&lt;b</li><li>c</li>&lt;x&gt;</ul>')
  })

  it('renders nothing for null, undefined and false, and numbers as digits', () => {
    expect(html`[${null}${undefined}${false}${0}${12.5}]`.value).toBe('[012.5]')
  })

  it('passes sanitized HTML through only when it is explicitly marked trusted', () => {
    const body = '<p>Hola <a href="https://x.example/">x</a></p>'
    expect(html`<div>${body}</div>`.value).not.toContain('<p>')
    expect(html`<div>${trustedHtml(body)}</div>`.value).toBe(`<div>${body}</div>`)
  })

  it('joins parts with an escaped separator', () => {
    expect(join(['a', html`<b>b</b>`], ' & ').value).toBe('a &amp; <b>b</b>')
  })

  it('returns the same string object when there is nothing to escape', () => {
    const plain = 'embajada-madrid 2024'
    expect(escapeHtml(plain)).toBe(plain)
  })
})

describe('JSON-LD', () => {
  const hostile = { name: '</script><script>alert(1)</script>', cdata: ']]> <!-- & -->', seps: 'a\u2028b\u2029c', emoji: '🇪🇨' }

  it('cannot close its script element or open a comment', () => {
    const json = scriptSafeJson(hostile)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
  })

  it('still parses to exactly the same value', () => {
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile)
  })

  it('is wrapped in one ld+json script element', () => {
    const out = jsonLdScript(hostile).value
    expect(out.startsWith('<script type="application/ld+json">{')).toBe(true)
    expect(out.match(/<\/script/g)).toHaveLength(1)
  })
})
