/**
 * The Markdown bodies of a site's pages other than the news (services, contact, social
 * accounts, charter, privacy, nearest office, search, the mission's own pages, 404), written
 * from the same view as Chancery's templates read, for the Hugo peer's one generic page layout.
 * These are about a twentieth of a site's pages; their main content is simpler than
 * Chancery's (no forms, no opening-hours script), which the benchmark's doc says.
 */
import type { MissionSiteView, OfficeView, ServiceView } from '../../content/viewModels'
import { messagesFor, serviceCategoryLabel } from '../../../templates/i18n'
import { citizenMessagesFor } from '../../../templates/i18n/citizen'
import { searchMessagesFor } from '../../../templates/i18n/search'
import { htmlToMarkdown } from './markdown'

const escape = (text: string) => text.replace(/[\\`*_[\]<>&|~#]/g, '\\$&')

export type PageBody = { name: string; kind: string; title: string; description: string; nav: string | null; lastmod?: string; body: string }

function office(o: OfficeView, t: ReturnType<typeof messagesFor>): string {
  const lines = [`## ${escape(o.name)}`, '', `${escape(o.address.street)}\\`, `${escape(o.address.postalCode)} ${escape(o.address.city)}`, '']
  if (o.phones.length) lines.push(`### ${escape(t.contact.phones)}`, '', ...o.phones.map((p) => `- ${escape(p.label)}: ${escape(p.number)}`), '')
  if (o.emergencyPhone) lines.push(`**${escape(t.contact.emergency)}**: ${escape(o.emergencyPhone)}`, '')
  if (o.email) lines.push(`${escape(t.contact.email)}: <mailto:${o.email}>`, '')
  if (o.openingHours.length) {
    lines.push(`### ${escape(t.contact.openingHours)}`, '', '| | |', '|---|---|', ...o.openingHours.map((h) => `| ${h.days.join(', ')} | ${h.opens}–${h.closes} |`), '')
  }
  return lines.join('\n')
}

function service(s: ServiceView, t: ReturnType<typeof messagesFor>): string {
  const lines = [htmlToMarkdown(s.bodyHtml), '', `**${escape(serviceCategoryLabel(t, s.category))}**`, '']
  if (s.requirements.length) lines.push(`## ${escape(t.services.requirements)}`, '', ...s.requirements.map((r) => `- ${escape(r)}`), '')
  lines.push(`**${escape(t.services.fee)}**: ${s.fee ? `${s.fee.amount} ${s.fee.currency}` : escape(t.services.free)}`)
  return lines.join('\n')
}

/** Every page of the site other than the news, its archives, the home page and the feeds. */
export function otherPages(site: MissionSiteView): PageBody[] {
  const t = messagesFor(site.locale)
  const { mission, ministry } = site
  const describe = (title: string) => `${title} — ${mission.name}`
  const pages: PageBody[] = site.services.map((s) => ({
    name: `services/${s.slug}`, kind: 'service', title: s.title, description: s.summary, nav: 'services', lastmod: s.updatedAt, body: service(s, t),
  }))
  pages.push(
    { name: 'contact', kind: 'contact', title: t.contact.title, description: describe(t.contact.title), nav: 'contact',
      body: [`**${escape(t.contact.headOfMission)}**: ${escape(mission.headOfMission.name)}, ${escape(mission.headOfMission.title)}`, '', ...mission.offices.map((o) => office(o, t))].join('\n') },
    { name: 'social', kind: 'social', title: t.social.title, description: describe(t.social.title), nav: 'social',
      body: site.accounts.length ? site.accounts.map((a) => `- [${escape(a.platform.name)}: ${escape(a.handle)}](<${a.url}>)`).join('\n') : escape(t.social.empty) },
    { name: 'charter', kind: 'charter', title: citizenMessagesFor(site.locale).footer.charter, description: describe(ministry.name), nav: null, body: htmlToMarkdown(ministry.charterHtml) },
    { name: 'privacy', kind: 'privacy', title: citizenMessagesFor(site.locale).footer.privacy, description: describe(ministry.name), nav: null, body: escape(ministry.footerText) },
    { name: 'nearest-office', kind: 'nearest-office', title: t.contact.title, description: describe(t.contact.title), nav: null, body: mission.offices.map((o) => office(o, t)).join('\n') },
    { name: 'search', kind: 'search', title: searchMessagesFor(site.locale).title, description: describe(searchMessagesFor(site.locale).title), nav: 'search', body: escape(searchMessagesFor(site.locale).intro) },
    ...site.pages.map((p) => ({ name: p.kind, kind: 'mission-page', title: p.title, description: p.summary, nav: p.kind, lastmod: p.updatedAt, body: htmlToMarkdown(p.bodyHtml) })),
    { name: '404', kind: 'not-found', title: t.notFound.title, description: t.notFound.body, nav: null, body: escape(t.notFound.body) },
  )
  return pages
}
