import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'
import { pageShell } from '../layout/pageShell'

export type PrivacyParams = { site: MissionSiteView }

/** The privacy notice the contact form's consent links to: who, what, how long, and the visitor's rights. */
export function privacyPage({ site }: PrivacyParams): string {
  const t = citizenMessagesFor(site.locale).privacy
  const { locale, citizen, ministry, mission } = site
  return pageShell(
    { site, path: sitePaths.privacy(locale), pathIn: sitePaths.privacy, section: null, title: t.title, description: t.description },
    (link) => html`<h1>${t.title}</h1>
<div class="prose">
<p class="lead">${t.controller(ministry.name, mission.name)}</p>
<p>${t.purpose}</p>
<p>${t.data}</p>
<p>${t.retention(citizen.retentionDays)}</p>
${mission.bookingUrl ? html`<p>${t.bookingRetention(citizen.bookingRetentionDays)}</p>` : ''}
<p>${t.rights}</p>
<p><a href="${link(`${sitePaths.contact(locale)}#enquiry`)}">${t.access}</a></p>
<p>${t.noTracking}</p>
</div>`,
  )
}
