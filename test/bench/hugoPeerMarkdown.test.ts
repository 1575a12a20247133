import { describe, expect, it } from 'vitest'

import { kindOf } from '../../src/bench/hugoPeer/census'
import { htmlToMarkdown } from '../../src/bench/hugoPeer/markdown'

describe('htmlToMarkdown', () => {
  it('writes paragraphs, headings, lists, emphasis and links as CommonMark', () => {
    const html = '<h2>Visas &amp; passports</h2><p>Bring <strong>two</strong> <em>photos</em>; see <a href="https://example.org/a b">the list</a>.</p><ul><li>One</li><li>Two</li></ul><ol><li>First</li></ol>'
    expect(htmlToMarkdown(html)).toBe('## Visas \\& passports\n\nBring **two** *photos*; see [the list](<https://example.org/a%20b>).\n\n- One\n- Two\n\n1. First')
  })

  it('escapes what Markdown would read as syntax, so the words come back as they were', () => {
    expect(htmlToMarkdown('<p># 1. *not* [a] link &lt;b&gt;</p>')).toBe('\\# 1. \\*not\\* \\[a\\] link \\<b\\>')
    expect(htmlToMarkdown('<p>2024. A year</p>')).toBe('2024\\. A year')
  })

  it('refuses markup it cannot write, rather than changing the page', () => {
    expect(() => htmlToMarkdown('<p>a</p><table><tr><td>1</td></tr></table>')).toThrow(/<table>/)
    expect(() => htmlToMarkdown('loose text')).toThrow(/outside a block/)
  })
})

describe('kindOf', () => {
  it('sorts a site\'s files as both generators name them', () => {
    expect(kindOf('es/news/release-1/index.html')).toBe('releasePages')
    expect(kindOf('es/news/index.html')).toBe('newsIndexPages')
    expect(kindOf('es/news/archive/3/index.html')).toBe('newsIndexPages')
    expect(kindOf('es/news/page/3/index.html')).toBe('newsIndexPages')
    expect(kindOf('es/news/page/1/index.html')).toBe('redirects')
    expect(kindOf('es/topics/trade/feed.xml')).toBe('rss')
    expect(kindOf('es/topics/trade/feed-archive-2.json')).toBe('jsonFeed')
    expect(kindOf('es/page/2/feed.json')).toBe('jsonFeed')
    expect(kindOf('es/sitemap.xml')).toBe('sitemaps')
    expect(kindOf('es/contact/index.html')).toBe('otherPages')
    expect(kindOf('assets/site.css')).toBe('other')
  })
})
