import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import type { Linker } from '../layout/links'

/** Previous/next links between news pages; rel makes the sequence explicit to crawlers and readers. */
export function pagination(locale: LocaleCode, page: number, pages: number, link: Linker): SafeHtml {
  if (pages <= 1) return html``
  const t = messagesFor(locale)
  return html`<nav class="pagination" aria-label="${t.news.pagination}">
<p>${t.news.pageOf(page, pages)}</p>
<ul>${page > 1 && html`
<li><a rel="prev" href="${link(sitePaths.news(locale, page - 1))}">${t.news.previous}</a></li>`}${page < pages && html`
<li><a rel="next" href="${link(sitePaths.news(locale, page + 1))}">${t.news.next}</a></li>`}
</ul>
</nav>`
}
