import type { BlogPostView } from '../../src/blog/blogView'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { blogMessagesFor } from '../i18n/blog'

/** "By Name (Role) and Name (Role)": who signs the post, in the locale's list style. */
export function authorLine(locale: LocaleCode, post: BlogPostView): SafeHtml {
  const t = blogMessagesFor(locale)
  const names = post.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name))
  if (names.length === 0) return html``
  // Each signature isolated: a name and role in another script than the page's (a Spanish name on
  // an Arabic page) would otherwise take the page's punctuation and brackets into its own direction.
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names)
  return html`<span class="byline">${t.by} ${parts.map((p) => (p.type === 'element' ? html`<bdi>${p.value}</bdi>` : p.value))}</span>`
}
