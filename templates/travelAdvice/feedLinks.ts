import { html, type SafeHtml } from '../html/html'
import type { Linker } from '../layout/links'

export type AdviceFeed = { label: string; rss: string; json: string }

/** Feed pairs as a list: what each follows, then RSS and JSON Feed. Paths are site paths. */
export function adviceFeedLinks(link: Linker, feeds: AdviceFeed[], words: { rss: string; jsonFeed: string }): SafeHtml {
  return html`<ul>${feeds.map((f) => html`
<li>${f.label}: <a href="${link(f.rss)}" type="application/rss+xml">${words.rss}</a> · <a href="${link(f.json)}" type="application/feed+json">${words.jsonFeed}</a></li>`)}
</ul>`
}
