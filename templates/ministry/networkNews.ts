import type { MissionSiteView, ReleaseView } from '../../src/content/viewModels'
import { textLanguage } from '../components/textLanguage'
import { html } from '../html/html'
import { pageShell } from '../layout/pageShell'
import { formatDate } from '../i18n/format'
import { ministryMessagesFor } from './messages'

export type NetworkNewsParams = { site: MissionSiteView; releases: (ReleaseView & { url: string })[] }

/** The latest releases of every mission, each linking to its page on its own mission's site. */
export function networkNewsPage({ site, releases }: NetworkNewsParams): string {
  const m = ministryMessagesFor(site.locale)
  const { locale } = site
  return pageShell(
    { site, path: `${locale}/network-news/`, pathIn: (other) => `${other}/network-news/`, section: 'news', title: m.networkNewsTitle, description: m.networkNewsIntro },
    () => html`<h1>${m.networkNewsTitle}</h1>
<p class="lead">${m.networkNewsIntro}</p>
<ul class="news-list">${releases.map((release) => html`
<li><h2><a href="${release.url}"${textLanguage(release.textLanguages?.title)}>${release.title}</a></h2>
<p class="meta"><time datetime="${release.publishedAt}">${formatDate(locale, release.publishedAt)}</time> · ${m.from} ${release.origin?.name ?? site.ministry.name}</p>
<p${textLanguage(release.textLanguages?.summary)}>${release.summary}</p></li>`)}
</ul>`,
  )
}
