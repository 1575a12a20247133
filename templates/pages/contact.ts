import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { officeDetails } from '../components/officeDetails'
import { html } from '../html/html'
import { messagesFor, missionTypeLabel } from '../i18n'
import { missionOffices } from '../jsonld/missionOffices'
import { pageShell } from '../layout/pageShell'

export type ContactParams = { site: MissionSiteView }

export function contactPage({ site }: ContactParams): string {
  const t = messagesFor(site.locale)
  const { locale, mission } = site
  const offices = [...mission.offices].sort((a, b) => Number(b.isMain) - Number(a.isMain))
  const head = mission.headOfMission
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
  return pageShell(
    {
      site, path: sitePaths.contact(locale), pathIn: sitePaths.contact, section: 'contact',
      title: t.contact.title, description: `${t.contact.title} — ${mission.name}`, jsonLd: missionOffices(site),
    },
    () => html`<h1>${t.contact.title}</h1>
<dl class="facts">
<dt>${missionTypeLabel(t, mission.type)}</dt><dd>${mission.name}</dd>${head.name && html`
<dt>${t.contact.headOfMission}</dt><dd>${head.title && html`${head.title} `}${head.name}</dd>`}${mission.jurisdiction.length > 0 && html`
<dt>${t.contact.jurisdiction}</dt><dd>${mission.jurisdiction.map((j) => (j.region ? `${j.region} (${regions.of(j.country)})` : regions.of(j.country) ?? j.country)).join(' · ')}</dd>`}
</dl>
${offices.map((office, index) => officeDetails(locale, office, `office-${index + 1}`))}`,
  )
}
