/** Small readers of rendered HTML for the page tests; regexes suffice because the templates' output is regular. */

export function attributeValues(html: string, tagPattern: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tagPattern}[^>]*>`, 'g')) ?? []
  return tags.map((tag) => tag.match(new RegExp(`\\s${attribute}="([^"]*)"`))?.[1] ?? '')
}

export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start)
  if (from < 0) throw new Error(`"${start}" not found`)
  return html.slice(from, html.indexOf(end, from) + end.length)
}

export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
export function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
}

/** The primary navigation's links as absolute URLs with their labels, resolved from the page's own URL. */
export function primaryNavLinks(html: string, pageUrl: string): string[] {
  const nav = between(html, '<nav class="primary-nav"', '</nav>')
  return [...nav.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${new URL(unescape(m[1]), pageUrl).href} ${m[2]}`)
}
