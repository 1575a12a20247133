import { describe, expect, it } from 'vitest'
import { absoluteHref, absolutizeHtml, cleanXmlText, plainTextAsHtml, xmlAttributeValue, xmlTextContent } from './xmlText'

const PAGE = 'https://embajada.example.org/madrid/es/news/visita/'

/** Every href/src/srcset URL in an HTML string, found by a pattern independent of the parser. */
function urlsIn(html: string): string[] {
  const urls: string[] = []
  for (const [, name, value] of html.matchAll(/\s(href|src|srcset)="([^"]*)"/g)) {
    if (name === 'srcset') urls.push(...value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0]))
    else urls.push(value.replace(/&amp;/g, '&'))
  }
  return urls
}

describe('cleanXmlText', () => {
  it('removes every C0 control character except tab, line feed and carriage return', () => {
    for (let code = 0; code < 32; code++) {
      const char = String.fromCharCode(code)
      const kept = code === 9 || code === 10 ? char : code === 13 ? '\n' : ''
      expect(cleanXmlText(`a${char}b`), `U+${code.toString(16)}`).toBe(`a${kept}b`)
    }
  })

  it('writes CR and CRLF line ends as LF, as an XML parser would read them', () => {
    expect(cleanXmlText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree\n')
  })

  it('removes U+FFFE, U+FFFF and unpaired surrogates but keeps paired ones', () => {
    expect(cleanXmlText('a\uFFFEb\uFFFFc')).toBe('abc')
    expect(cleanXmlText('x\uD83Dy\uDE00z\uDE00\uD83D')).toBe('xyz')
    expect(cleanXmlText('\uD83D\uDE00')).toBe('😀')
  })

  it('keeps emoji sequences, right-to-left text, C1 range text and private use characters unchanged', () => {
    const text = '🇪🇸 👩‍👩‍👧 𝄞 بيان \u200F صحفي עברית \u00A0\u0085\uE000 ]]> <b>&amp;'
    expect(cleanXmlText(text)).toBe(text)
  })
})

describe('escaping', () => {
  it('escapes element text and drops forbidden characters', () => {
    expect(xmlTextContent('a < b && c > ]]> "q"\u0000')).toBe('a &lt; b &amp;&amp; c &gt; ]]&gt; "q"')
  })

  it('cleans each character that needs it even in text that is otherwise plain', () => {
    for (const [raw, kept] of [
      ['https://e.example/a?b=1&c=2', 'https://e.example/a?b=1&amp;c=2'],
      ['line\r\nnext\rlast', 'line\nnext\nlast'],
      ['bell\u0007 and \uFFFE', 'bell and '],
      ['lone \uD800 surrogate, pair \uD83D\uDE00', 'lone  surrogate, pair \uD83D\uDE00'],
      ['tab\tand\nnewline, emoji 🇪🇨, العربية', 'tab\tand\nnewline, emoji 🇪🇨, العربية'],
    ]) {
      expect(xmlTextContent(raw)).toBe(kept)
    }
  })

  it('escapes attribute values so quotes, tabs and newlines survive attribute normalization', () => {
    expect(xmlAttributeValue('say "hi"\t<&>\r\nend\u0007')).toBe('say &quot;hi&quot;&#9;&lt;&amp;&gt;&#10;end')
  })

  it('turns plain text into HTML that displays it literally', () => {
    expect(plainTextAsHtml('<b>bold</b> & &amp; "q"')).toBe('&lt;b&gt;bold&lt;/b&gt; &amp; &amp;amp; "q"')
  })
})

describe('absoluteHref', () => {
  it('resolves relative, root-relative, protocol-relative and fragment URLs against the page', () => {
    expect(absoluteHref('foto.jpg', PAGE)).toBe('https://embajada.example.org/madrid/es/news/visita/foto.jpg')
    expect(absoluteHref('../otra/', PAGE)).toBe('https://embajada.example.org/madrid/es/news/otra/')
    expect(absoluteHref('/media/a.png', PAGE)).toBe('https://embajada.example.org/media/a.png')
    expect(absoluteHref('//cdn.example.net/a.png', PAGE)).toBe('https://cdn.example.net/a.png')
    expect(absoluteHref('#anexo', PAGE)).toBe(`${PAGE}#anexo`)
    expect(absoluteHref('?page=2', PAGE)).toBe(`${PAGE}?page=2`)
  })

  it('leaves absolute URLs exactly as written, whatever their scheme', () => {
    for (const url of ['https://other.example.net/A%20b?x=1&y=2', 'mailto:prensa@example.org', 'tel:+34911234567', 'data:image/png;base64,AAAA']) {
      expect(absoluteHref(url, PAGE)).toBe(url)
    }
  })

  it('refuses a base that is not an absolute URL', () => {
    expect(() => absoluteHref('a.png', '/relative/base/')).toThrow(TypeError)
  })
})

describe('absolutizeHtml', () => {
  it('makes every href, src and srcset URL absolute, nested or not', () => {
    const html =
      '<p><a href="/es/services/">s</a> <a href="../otra/">o</a> <a href="#n">n</a></p>' +
      '<figure><img src="media/a.jpg" srcset="media/a-640.jpg 640w, /media/a-1280.jpg 1280w" alt=""></figure>' +
      '<picture><source srcset="//cdn.example.net/a.avif 1x,media/a@2x.avif 2x"><img src="a.jpg" alt=""></picture>' +
      '<video poster="p.jpg"><source src="v.mp4"></video><svg><image href="i.svg"></image></svg>'
    const out = absolutizeHtml(html, PAGE)
    const urls = urlsIn(out)
    expect(urls).toHaveLength(11)
    for (const url of urls) expect(URL.canParse(url), url).toBe(true)
    expect(urls).toContain('https://embajada.example.org/es/services/')
    expect(urls).toContain('https://cdn.example.net/a.avif')
    expect(urls).toContain('https://embajada.example.org/madrid/es/news/visita/media/a@2x.avif')
    expect(urls).toContain('https://embajada.example.org/madrid/es/news/visita/v.mp4')
  })

  it('keeps text, entities, other attributes and absolute links as they were', () => {
    const html = '<p dir="rtl" class="x">مرحبا 🎉 &lt;b&gt; &amp; ]]&gt; <a href="https://ext.example.net/?a=1&amp;b=2" title="t">x</a></p>'
    expect(absolutizeHtml(html, PAGE)).toBe(html)
  })

  it('returns a fragment without URL attributes byte for byte, even malformed', () => {
    const html = '<p>Sin enlaces <b>abierto ]]> <i>x</p> texto & suelto'
    expect(absolutizeHtml(html, PAGE)).toBe(html)
  })

  it('does not treat the words href or src in text as attributes', () => {
    const html = '<p>Write href="/x" in your src folder</p><a href="a/">a</a>'
    expect(absolutizeHtml(html, PAGE)).toBe(
      '<p>Write href="/x" in your src folder</p><a href="https://embajada.example.org/madrid/es/news/visita/a/">a</a>',
    )
  })

  it('gives the same output for the same input, call after call', () => {
    const html = '<p><a href="a">a</a><img src="b.png" alt=""></p>'
    expect(absolutizeHtml(html, PAGE)).toBe(absolutizeHtml(html, PAGE))
  })
})
