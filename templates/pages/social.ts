import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'

export type SocialParams = { site: MissionSiteView }

/** The mission's accounts; rel="me" lets platforms that check it (Mastodon and others) verify them against this site. */
export function socialPage({ site }: SocialParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  return pageShell(
    { site, path: sitePaths.social(locale), pathIn: sitePaths.social, section: 'social', title: t.social.title, description: t.social.intro },
    () => html`<h1>${t.social.title}</h1>
<p class="lead">${t.social.intro}</p>
${site.accounts.length === 0
  ? html`<p>${t.social.empty}</p>`
  : html`<ul class="account-list">${site.accounts.map((account) => html`
<li><a href="${account.url}" rel="me"><strong>${account.platform.name}</strong>: <span dir="auto"${account.language && account.language !== locale && html` lang="${account.language}"`}>${account.title || account.handle}</span></a>${account.title && html` <span class="meta" dir="ltr">${account.handle}</span>`}</li>`)}
</ul>`}`,
  )
}
