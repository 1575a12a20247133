import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, ReleaseView } from '../../src/content/viewModels'
import { dateTime } from '../components/dateTime'
import { picture } from '../components/picture'
import { topicList } from '../components/topicList'
import { html, trustedHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { newsArticle } from '../jsonld/newsArticle'
import { pageShell } from '../layout/pageShell'
import { textLanguage } from '../components/textLanguage'

export type ReleaseParams = { site: MissionSiteView; release: ReleaseView }

export function releasePage({ site, release }: ReleaseParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  const updated = release.updatedAt.slice(0, 10) !== release.publishedAt.slice(0, 10)
  return pageShell(
    {
      site, path: sitePaths.release(locale, release.slug), pathIn: (other) => sitePaths.release(other, release.slug), section: 'news',
      title: release.title, description: release.summary, ogType: 'article', image: release.heroImage, jsonLd: [newsArticle(site, release)],
    },
    (link) => html`<article>
<h1${textLanguage(release.textLanguages?.title)}>${release.title}</h1>
<p class="meta">${t.news.published} ${dateTime(locale, release.publishedAt)}${updated && html` · ${t.news.updated} ${dateTime(locale, release.updatedAt)}`}${release.origin && html` · ${t.news.from} ${release.origin.name}`}</p>
${release.heroImage && html`<figure class="hero">${picture(release.heroImage, link, { lazy: false })}</figure>`}
<p class="lead"${textLanguage(release.textLanguages?.summary)}>${release.summary}</p>
<div class="prose"${textLanguage(release.textLanguages?.body)}>${trustedHtml(release.bodyHtml)}</div>
${topicList(release.topics, t.news.topics)}
<p><a href="${link(sitePaths.news(locale))}">${t.home.allNews}</a></p>
</article>`,
  )
}
