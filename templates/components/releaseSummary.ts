import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode, ReleaseView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import type { Linker } from '../layout/links'
import { dateTime } from './dateTime'
import { picture } from './picture'
import { topicList } from './topicList'
import { textLanguage } from './textLanguage'

export type ReleaseSummaryOptions = {
  /** Fits the list's place in the page outline. */
  headingLevel: 2 | 3
  /** Lists show a lazily loaded thumbnail: all but the first rows are below the fold on a phone. */
  thumbnail: boolean
}

/** One release in a list: linked title, date, summary, topics, and optionally its image. */
export function releaseSummary(locale: LocaleCode, release: ReleaseView, link: Linker, { headingLevel, thumbnail }: ReleaseSummaryOptions): SafeHtml {
  const t = messagesFor(locale)
  const title = html`<a href="${link(sitePaths.release(locale, release.slug))}"${textLanguage(release.textLanguages?.title)}>${release.title}</a>`
  return html`<li><article${thumbnail && release.heroImage && html` class="with-thumbnail"`}>
${thumbnail && release.heroImage && html`<div class="thumbnail">${picture(release.heroImage, link, { lazy: true, sizes: '12rem' })}</div>`}<div>
${headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<p class="meta">${dateTime(locale, release.publishedAt)}</p>
<p${textLanguage(release.textLanguages?.summary)}>${release.summary}</p>
${topicList(release.topics, t.news.topics)}
</div></article></li>`
}
