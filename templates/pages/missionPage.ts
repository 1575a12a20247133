import { sitePaths } from '../../src/content/sitePaths'
import type { MissionPageView, MissionSiteView } from '../../src/content/viewModels'
import { dateTime } from '../components/dateTime'
import { html, trustedHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'
import { textLanguage } from '../components/textLanguage'

export type MissionPageParams = { site: MissionSiteView; page: MissionPageView }

/** About, bilateral relations, trade, tourism, culture, study: one template for the six fixed kinds. */
export function missionPage({ site, page }: MissionPageParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  return pageShell(
    {
      site, path: sitePaths.page(locale, page.kind), pathIn: (other) => sitePaths.page(other, page.kind), section: page.kind,
      title: page.title, description: page.summary,
    },
    () => html`<h1${textLanguage(page.textLanguages?.title)}>${page.title}</h1>
<p class="lead"${textLanguage(page.textLanguages?.summary)}>${page.summary}</p>
<div class="prose"${textLanguage(page.textLanguages?.body)}>${trustedHtml(page.bodyHtml)}</div>
<p class="meta">${t.services.updated}: ${dateTime(locale, page.updatedAt)}</p>`,
  )
}
