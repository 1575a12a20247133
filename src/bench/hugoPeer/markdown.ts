/**
 * The rich text of a view (already sanitized HTML, `…Html`) as Markdown, for the Hugo peer:
 * Hugo then renders it back to HTML with Goldmark, as Chancery renders Lexical to HTML, so
 * neither generator is handed its body ready-made. Only the markup Chancery's rich text gives
 * the benchmark network (paragraphs, headings, lists, emphasis, links, line breaks) is known;
 * anything else is an error rather than a silently different page.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' }

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    throw new Error(`Unknown HTML entity ${whole} in rich text.`)
  })

// Characters Markdown could read as syntax anywhere in a line.
const escapeInline = (text: string) => text.replace(/[\\`*_[\]<>&|~]/g, '\\$&')
// At a line's start: a heading, list item, quote or ordered list.
const escapeLineStart = (line: string) => line.replace(/^(\s*)([#>+-]|\d+[.)])/, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, '\\$1')}`)

type Block = { open: string; lines: string[] }

/** Converts sanitized rich-text HTML to CommonMark that renders to the same elements. */
export function htmlToMarkdown(html: string): string {
  const blocks: string[] = []
  let inline = ''
  let block: Block | null = null
  let list: { ordered: boolean; items: string[] } | null = null
  const links: string[] = []
  const flushBlock = () => {
    if (!block) return
    const text = inline.split('\n').map(escapeLineStart).join('\n').trim()
    if (block.open === 'li') list!.items.push(text)
    else blocks.push(block.open === 'p' ? text : `${'#'.repeat(Number(block.open[1]))} ${text.replace(/\n/g, ' ')}`)
    block = null
    inline = ''
  }
  for (const token of html.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      if (!block && token.trim() === '') continue
      if (!block) throw new Error(`Text outside a block in rich text: "${token.slice(0, 40)}".`)
      inline += escapeInline(decode(token)).replace(/\n/g, ' ')
      continue
    }
    const tag = /^<(\/?)([a-z0-9]+)\b([^>]*)>$/i.exec(token)
    if (!tag) throw new Error(`Unreadable tag in rich text: ${token}`)
    const [, closing, name, attributes] = tag
    const lower = name.toLowerCase()
    if (/^(p|h[1-6])$/.test(lower)) {
      if (closing) flushBlock()
      else block = { open: lower, lines: [] }
    } else if (lower === 'ul' || lower === 'ol') {
      if (closing) {
        blocks.push(list!.items.map((item, i) => `${list!.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n'))
        list = null
      } else list = { ordered: lower === 'ol', items: [] }
    } else if (lower === 'li') {
      if (!list) throw new Error('A list item outside a list in rich text.')
      if (closing) flushBlock()
      else block = { open: 'li', lines: [] }
    } else if (lower === 'strong' || lower === 'b') inline += '**'
    else if (lower === 'em' || lower === 'i') inline += '*'
    else if (lower === 'br') inline += '\\\n'
    else if (lower === 'a') {
      if (closing) inline += `](${links.pop()})`
      else {
        const href = /\bhref="([^"]*)"/.exec(attributes)
        if (!href) throw new Error(`A link without href in rich text: ${token}`)
        links.push(`<${decode(href[1]).replace(/[<>\s]/g, encodeURIComponent)}>`)
        inline += '['
      }
    } else throw new Error(`The Hugo peer cannot write <${lower}> as Markdown; add it to src/bench/hugoPeer/markdown.ts.`)
  }
  if (block || list) throw new Error('Rich text ends inside an open block.')
  return blocks.join('\n\n')
}
