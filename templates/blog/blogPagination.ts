import { blogPaths } from '../../src/blog/blogPaths'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { blogMessagesFor } from '../i18n/blog'
import type { Linker } from '../layout/links'

/**
 * Links between the blog's front page and its archive pages, as the news' (stablePages:
 * archive 1 holds the oldest posts; no "page k of n", which would change every archive page).
 */
export function blogPagination(locale: LocaleCode, archive: number | null, archiveCount: number, link: Linker): SafeHtml {
  if (archiveCount < 1) return html``
  const t = blogMessagesFor(locale)
  const newer = archive === null ? null : archive < archiveCount ? blogPaths.index(locale, archive + 1) : blogPaths.index(locale)
  const older = archive === null ? blogPaths.index(locale, archiveCount) : archive > 1 ? blogPaths.index(locale, archive - 1) : null
  return html`<nav class="pagination" aria-label="${t.pagination}">
<ul>${newer !== null && html`
<li><a rel="prev" href="${link(newer)}">${t.newer}</a></li>`}${older !== null && html`
<li><a rel="next" href="${link(older)}">${t.older}</a></li>`}
</ul>
</nav>`
}
