import { corpsByCountry, organisationLabel, organisationsByName } from '../../src/corps/collation'
import { corpsPaths } from '../../src/corps/corpsPaths'
import type { Corps } from '../../src/corps/kinds'
import { formatNationalDay } from '../../src/corps/nationalDay'
import { orderOfPrecedence, type RankedEntry } from '../../src/corps/precedence'
import type { CorpsEntryView } from '../../src/corps/types'
import type { LocaleCode, MissionSiteView } from '../../src/content/viewModels'
import { phoneLink } from '../components/phoneLink'
import { html, type SafeHtml } from '../html/html'
import { corpsMessagesFor, type CorpsMessages } from '../i18n/corps'
import { countryName, formatDate } from '../i18n/format'
import type { Linker } from '../layout/links'
import { pageShell } from '../layout/pageShell'

/** Both pages take the published entries of the corps in the page's language, in any order. */
export type CorpsParams = { site: MissionSiteView; entries: CorpsEntryView[] }

type View = 'by-country' | 'precedence'

/**
 * The accredited corps by sending state (states in the page's collation order, then
 * organisations by name), each entry with its head of mission, address and contacts. Printable:
 * the site's print styles leave the list alone on the page (templates/styles/siteCss.ts).
 */
export function corpsByCountryPage({ site, entries }: CorpsParams): string {
  const t = corpsMessagesFor(site.locale)
  const { locale } = site
  const { states, organisations } = corpsByCountry(entries, locale)
  return pageShell(
    { site, path: corpsPaths.byCountry(locale), pathIn: corpsPaths.byCountry, section: null, title: t.title, description: t.intro },
    (link) => html`<div class="corps">
<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
${views(t, 'by-country', link, locale)}${sampleNotice(t, entries)}
${entries.length === 0 && html`<p>${t.none}</p>`}${states.map((state) => html`
<section aria-labelledby="corps-${state.code}">
<h2 id="corps-${state.code}">${state.name}</h2>
<ul class="corps-list">${state.entries.map((entry) => html`
<li>${entryCard(t, locale, entry, html`${t.kinds[entry.kind]} · <bdi>${entry.address.city}</bdi>`)}</li>`)}
</ul>
</section>`)}${organisations.length > 0 && html`
<section aria-labelledby="corps-organisations">
<h2 id="corps-organisations">${t.organisations}</h2>
<ul class="corps-list">${organisations.map((entry) => html`
<li>${entryCard(t, locale, entry, html`<bdi>${organisationLabel(entry)}</bdi>${entry.acronym && entry.organisation && html` (<bdi>${entry.acronym}</bdi>)`}`)}</li>`)}
</ul>
</section>`}
${openDataLinks(t, link)}
</div>`,
  )
}

/**
 * The order of precedence: the diplomatic corps and the consular corps numbered in their order
 * (src/corps/precedence.ts, the same in every language), then organisations by name.
 */
export function corpsPrecedencePage({ site, entries }: CorpsParams): string {
  const t = corpsMessagesFor(site.locale)
  const { locale } = site
  const { diplomatic, consular } = orderOfPrecedence(entries)
  const organisations = organisationsByName(entries.filter((e) => e.corps === 'organisations'), locale)
  return pageShell(
    { site, path: corpsPaths.precedence(locale), pathIn: corpsPaths.precedence, section: null, title: t.precedence, description: t.precedenceIntro },
    (link) => html`<div class="corps">
<h1>${t.precedence}</h1>
<p class="lead">${t.precedenceIntro}</p>
${views(t, 'precedence', link, locale)}${sampleNotice(t, entries)}
${entries.length === 0 && html`<p>${t.none}</p>`}${diplomatic.length > 0 && precedenceTable(t, locale, 'diplomatic', diplomatic)}${consular.length > 0 && precedenceTable(t, locale, 'consular', consular)}${organisations.length > 0 && html`
<section aria-labelledby="corps-organisations">
<h2 id="corps-organisations">${t.organisations}</h2>
<p>${t.organisationsNote}</p>
<ul class="corps-organisations">${organisations.map((entry) => html`
<li><strong><bdi>${organisationLabel(entry)}</bdi></strong>${entry.acronym && entry.organisation && html` (<bdi>${entry.acronym}</bdi>)`}${entry.head.name && html` · <bdi>${entry.head.name}</bdi>`}${entry.head.title && html`, ${entry.head.title}`}${entry.sampleData && html` <span class="meta">${t.sampleEntry}</span>`}</li>`)}
</ul>
</section>`}
${openDataLinks(t, link)}
</div>`,
  )
}

function views(t: CorpsMessages, current: View, link: Linker, locale: LocaleCode): SafeHtml {
  const item = (view: View, path: string, label: string) =>
    html`<li><a href="${link(path)}"${view === current && html` aria-current="page"`}>${label}</a></li>`
  return html`<nav class="corps__views" aria-label="${t.views}">
<ul class="inline-links">
${item('by-country', corpsPaths.byCountry(locale), t.byCountry)}
${item('precedence', corpsPaths.precedence(locale), t.precedence)}
</ul>
</nav>`
}

const sampleNotice = (t: CorpsMessages, entries: CorpsEntryView[]) =>
  entries.some((e) => e.sampleData) && html`
<p class="meta">${t.sampleNotice}</p>`

const openDataLinks = (t: CorpsMessages, link: Linker) =>
  html`<p class="corps__open-data">${t.openData}: <a href="${link(corpsPaths.json)}" type="application/json">JSON</a> · <a href="${link(corpsPaths.csv)}" type="text/csv">CSV</a></p>`

/** What the date in an entry's head means: credentials, exequatur or accreditation. */
const dateLabel = (t: CorpsMessages, corps: Corps) => (corps === 'diplomatic' ? t.credentials : corps === 'consular' ? t.exequatur : t.accredited)

const date = (locale: LocaleCode, iso: string | null, t: CorpsMessages) =>
  iso ? html`<time datetime="${iso}">${formatDate(locale, iso)}</time>` : t.pending

const sameWords = (a: string, b: string, locale: LocaleCode) => a.localeCompare(b, locale, { sensitivity: 'base' }) === 0

/** The head's name, title and class (unless the title says it already); any part may be missing. */
function headLine(t: CorpsMessages, locale: LocaleCode, entry: CorpsEntryView): SafeHtml {
  const { name, title, class: cls } = entry.head
  const classLabel = cls ? t.classes[cls] : ''
  return html`${name && html`<bdi>${name}</bdi>`}${name && (title || classLabel) && ', '}${title || classLabel}${title && classLabel && !sameWords(title, classLabel, locale) && html` <span class="meta">(${classLabel})</span>`}`
}

function entryCard(t: CorpsMessages, locale: LocaleCode, entry: CorpsEntryView, heading: SafeHtml): SafeHtml {
  const { address } = entry
  const hasHead = Boolean(entry.head.name || entry.head.title || entry.head.class)
  const nationalDay = formatNationalDay(locale, entry.nationalDay)
  return html`<article class="corps-entry" aria-labelledby="corps-entry-${entry.id}">
<h3 id="corps-entry-${entry.id}">${heading}${entry.sampleData && html` <span class="meta">${t.sampleEntry}</span>`}</h3>
<dl class="facts">${hasHead && html`
<dt>${t.head}</dt><dd>${headLine(t, locale, entry)}</dd>
<dt>${dateLabel(t, entry.corps)}</dt><dd>${date(locale, entry.head.credentialsDate, t)}</dd>`}${(address.street || address.city) && html`
<dt>${t.address}</dt><dd><bdi>${address.street}</bdi>${address.street && address.city && ', '}${address.postalCode && html`<bdi>${address.postalCode}</bdi> `}<bdi>${address.city}</bdi></dd>`}${entry.phone && html`
<dt>${t.phone}</dt><dd>${phoneLink(entry.phone)}</dd>`}${entry.email && html`
<dt>${t.email}</dt><dd><a href="mailto:${entry.email}" dir="ltr">${entry.email}</a></dd>`}${entry.website && html`
<dt>${t.website}</dt><dd><a href="${entry.website}" dir="ltr">${displayUrl(entry.website)}</a></dd>`}${entry.accounts.length > 0 && html`
<dt>${t.accounts}</dt><dd><ul class="corps-accounts">${entry.accounts.map((a) => html`
<li><a href="${a.url}"><strong>${a.platformName}</strong>: <span dir="ltr">${a.handle || displayUrl(a.url)}</span></a></li>`)}
</ul></dd>`}${nationalDay && html`
<dt>${t.nationalDay}</dt><dd>${nationalDay}</dd>`}
</dl>
</article>`
}

/** An address as people read it: without the scheme and the trailing slash. */
const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

function precedenceTable(t: CorpsMessages, locale: LocaleCode, corps: 'diplomatic' | 'consular', rows: RankedEntry[]): SafeHtml {
  const heading = corps === 'diplomatic' ? t.diplomaticCorps : t.consularCorps
  return html`
<section aria-labelledby="corps-${corps}">
<h2 id="corps-${corps}">${heading}</h2>
<table class="corps-table">
<caption class="visually-hidden">${heading}</caption>
<thead><tr><th scope="col" class="corps-table__position">${t.position}</th><th scope="col">${t.head}</th><th scope="col">${t.mission}</th><th scope="col">${dateLabel(t, corps)}</th></tr></thead>
<tbody>${rows.map(({ position, entry }) => html`
<tr><td class="corps-table__position">${position}</td><th scope="row">${headLine(t, locale, entry)}${!entry.head.name && !entry.head.title && !entry.head.class && t.pending}</th><td>${missionLabel(t, locale, entry)}${entry.sampleData && html` <span class="meta">${t.sampleEntry}</span>`}</td><td>${date(locale, entry.head.credentialsDate, t)}</td></tr>`)}
</tbody>
</table>
</section>`
}

/** "España · Embajada" for a state's mission, with the city for consular posts (a state may have several). */
function missionLabel(t: CorpsMessages, locale: LocaleCode, entry: CorpsEntryView): SafeHtml {
  const sender = entry.sendingState ? countryName(locale, entry.sendingState) : organisationLabel(entry)
  return html`<bdi>${sender}</bdi><br><span class="meta">${t.kinds[entry.kind]}${entry.corps === 'consular' && entry.address.city && html` · <bdi>${entry.address.city}</bdi>`}</span>`
}
