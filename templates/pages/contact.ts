import { nearestOfficePaths } from '../../src/content/officesViewPaths'
import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { enquiryForm, type EnquiryFormState } from '../components/enquiryForm'
import { officeDetails } from '../components/officeDetails'
import { html, join } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { citizenMessagesFor } from '../i18n/citizen'
import { nearestOfficeMessagesFor } from '../i18n/nearestOffice'
import { countryName } from '../i18n/format'
import { missionOffices } from '../jsonld/missionOffices'
import { pageShell } from '../layout/pageShell'

export type ContactParams = {
  site: MissionSiteView
  /** The form as the CMS sends it back (errors and values): then it comes first. */
  form?: EnquiryFormState
  servedByCms?: boolean
}

/** How to reach the mission: its offices, and the contact form. */
export function contactPage({ site, form, servedByCms = false }: ContactParams): string {
  const t = messagesFor(site.locale)
  const { locale, mission } = site
  const offices = [...mission.offices].sort((a, b) => Number(b.isMain) - Number(a.isMain))
  const head = mission.headOfMission
  return pageShell(
    {
      site, path: sitePaths.contact(locale), pathIn: sitePaths.contact, section: 'contact',
      title: t.contact.title, description: `${t.contact.title} — ${mission.name}`, jsonLd: missionOffices(site),
      servedByCms, scripts: site.citizen.forms ? [sitePaths.formsScript] : [],
    },
    (link) => html`<h1>${t.contact.title}</h1>${form
      ? enquiryForm(site, link, form)
      : site.citizen.forms && html`
<p><a href="#enquiry">${citizenMessagesFor(locale).form.heading}</a></p>`}
<dl class="facts">
<dt>${missionTypeLabel(t, mission.type)}</dt><dd>${mission.name}</dd>${head.name && html`
<dt>${t.contact.headOfMission}</dt><dd>${head.title && html`${head.title} `}<bdi>${head.name}</bdi></dd>`}${mission.jurisdiction.length > 0 && html`
<dt>${t.contact.jurisdiction}</dt><dd>${join(mission.jurisdiction.map((j) => (j.region ? html`<bdi>${j.region}</bdi> (${countryName(locale, j.country)})` : countryName(locale, j.country))), ' · ')}</dd>`}
</dl>
<p><a href="${link(nearestOfficePaths.page(locale))}">${nearestOfficeMessagesFor(locale).linkFromContact}</a></p>
${offices.map((office, index) => officeDetails(locale, office, `office-${index + 1}`))}${!form && site.citizen.forms && enquiryForm(site, link)}`,
  )
}
