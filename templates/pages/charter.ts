import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html, trustedHtml } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'
import { pageShell } from '../layout/pageShell'

export type CharterParams = { site: MissionSiteView }

/** The ministry's citizen service charter, on every site: its text and its commitments as data. */
export function charterPage({ site }: CharterParams): string {
  const t = citizenMessagesFor(site.locale)
  const { locale, citizen, ministry } = site
  return pageShell(
    { site, path: sitePaths.charter(locale), pathIn: sitePaths.charter, section: null, title: t.charter.title, description: t.charter.description },
    (link) => html`<h1>${t.charter.title}</h1>
<p class="lead">${t.charter.intro}</p>${ministry.charterHtml && html`
<div class="prose">${trustedHtml(ministry.charterHtml)}</div>`}
<h2>${t.charter.commitments}</h2>
<ul class="commitments">
<li>${t.charter.promise(citizen.replyWithinWorkingDays)}</li>${citizen.commitments.map((commitment) => html`
<li>${commitment}</li>`)}
</ul>
<p>${t.charter.measured}</p>
<p><a class="button" href="${link(`${sitePaths.contact(locale)}#enquiry`)}">${t.form.heading}</a></p>`,
  )
}
