import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import type { Linker } from '../layout/links'

/**
 * Links between the news front page and its archive pages (stablePages: archive 1 holds the
 * oldest releases). `archive` is the page shown, null for the front page. Reading goes from
 * newer to older, so rel="next" points to older news. No "page k of n": that would change
 * every archive page whenever a new one appears.
 */
export function pagination(locale: LocaleCode, archive: number | null, archiveCount: number, link: Linker): SafeHtml {
  if (archiveCount < 1) return html``
  const t = messagesFor(locale)
  const newer = archive === null ? null : archive < archiveCount ? sitePaths.news(locale, archive + 1) : sitePaths.news(locale)
  const older = archive === null ? sitePaths.news(locale, archiveCount) : archive > 1 ? sitePaths.news(locale, archive - 1) : null
  return html`<nav class="pagination" aria-label="${t.news.pagination}">
<ul>${newer !== null && html`
<li><a rel="prev" href="${link(newer)}">${t.news.newer}</a></li>`}${older !== null && html`
<li><a rel="next" href="${link(older)}">${t.news.older}</a></li>`}
</ul>
</nav>`
}
