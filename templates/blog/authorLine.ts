import type { BlogPostView } from '../../src/blog/blogView'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { blogMessagesFor } from '../i18n/blog'

/** "By Name, Role and Name, Role": who signs the post, in the locale's list style. */
export function authorLine(locale: LocaleCode, post: BlogPostView): SafeHtml {
  const t = blogMessagesFor(locale)
  const names = post.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name))
  if (names.length === 0) return html``
  return html`<span class="byline">${t.by} ${new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}</span>`
}
