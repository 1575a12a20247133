import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { officeDetails } from '../components/officeDetails'
import { html, join } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { countryName } from '../i18n/format'
import { missionOffices } from '../jsonld/missionOffices'
import { pageShell } from '../layout/pageShell'

export type ContactParams = { site: MissionSiteView }

export function contactPage({ site }: ContactParams): string {
  const t = messagesFor(site.locale)
  const { locale, mission } = site
  const offices = [...mission.offices].sort((a, b) => Number(b.isMain) - Number(a.isMain))
  const head = mission.headOfMission
  return pageShell(
    {
      site, path: sitePaths.contact(locale), pathIn: sitePaths.contact, section: 'contact',
      title: t.contact.title, description: `${t.contact.title} — ${mission.name}`, jsonLd: missionOffices(site),
    },
    () => html`<h1>${t.contact.title}</h1>
<dl class="facts">
<dt>${missionTypeLabel(t, mission.type)}</dt><dd>${mission.name}</dd>${head.name && html`
<dt>${t.contact.headOfMission}</dt><dd>${head.title && html`${head.title} `}<bdi>${head.name}</bdi></dd>`}${mission.jurisdiction.length > 0 && html`
<dt>${t.contact.jurisdiction}</dt><dd>${join(mission.jurisdiction.map((j) => (j.region ? html`<bdi>${j.region}</bdi> (${countryName(locale, j.country)})` : countryName(locale, j.country))), ' · ')}</dd>`}
</dl>
${offices.map((office, index) => officeDetails(locale, office, `office-${index + 1}`))}`,
  )
}
