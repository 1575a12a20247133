import type { BookStep, FlowChoice, FlowFrame, FlowNotice } from '../../src/appointments/flow/views'
import { sitePaths } from '../../src/content/sitePaths'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type Renderable, type SafeHtml } from '../html/html'
import { appointmentMessagesFor } from '../i18n/appointments'
import { citizenMessagesFor } from '../i18n/citizen'
import type { Linker } from '../layout/links'
import { pageShell } from '../layout/pageShell'
import { BOOKING_CSS } from './bookingCss'
import { clockTime, longDay, slotDay, zoneNames } from './format'

/**
 * The pieces every page of the booking flow shares: the mission's page shell, the step list,
 * what was chosen so far, a notice when a step comes back, hidden fields.
 */

const HEAD_END = '</head>'

/**
 * The mission's own page shell, as the CMS serves it (absolute links to the site, not indexed),
 * under "Services" in the navigation. The language switcher keeps the visitor's place in the
 * flow: an absolute address is its own site path for the shell's linker.
 */
export function flowShell(frame: FlowFrame, title: string, main: (link: Linker) => SafeHtml): string {
  const { site } = frame
  const t = appointmentMessagesFor(site.locale)
  const document = pageShell(
    { site, path: sitePaths.services(site.locale), pathIn: frame.hrefIn, section: 'services', title, description: t.description, servedByCms: true },
    main,
  )
  const at = document.indexOf(HEAD_END)
  return `${document.slice(0, at)}<style>${BOOKING_CSS}</style>\n${document.slice(at)}`
}

// A character no message contains: where a value goes that must be marked up, not just escaped.
const SLOT = '\u0000'

/**
 * A translated sentence with one value isolated in it (<bdi>), so a Latin name or a zone's
 * IANA name keeps its own direction inside an Arabic sentence, and the other way round.
 */
export function isolate(sentence: (value: string) => string, value: Renderable, dir?: 'ltr'): SafeHtml {
  const [before, after = ''] = sentence(SLOT).split(SLOT)
  return html`${before}<bdi${dir && html` dir="${dir}"`}>${value}</bdi>${after}`
}

export const BOOK_STEPS: BookStep[] = ['service', 'office', 'day', 'time', 'details', 'review']
const MOVE_STEPS: BookStep[] = ['day', 'time', 'review']

/** Where each earlier step is, given what has been chosen; a later step is not a link. */
function stepHref(frame: FlowFrame, step: BookStep): string | null {
  const { service, office, day } = frame
  const choice: Record<BookStep, FlowChoice | null> = {
    service: {},
    office: service ? { service: service.slug } : null,
    day: service && office ? { service: service.slug, office: office.id } : null,
    time: service && office && day ? { service: service.slug, office: office.id, day } : null,
    // What was typed is in the review's form, not in a link: "correct my details" goes back with it.
    details: null,
    review: null,
  }
  const target = choice[step]
  return target ? frame.href(target) : null
}

/** "Step 3 of 6" and the list of steps, the current one marked for assistive technology. */
export function stepList(frame: FlowFrame, current: BookStep): SafeHtml {
  const t = appointmentMessagesFor(frame.site.locale)
  const steps = frame.mode === 'book' ? BOOK_STEPS : MOVE_STEPS
  const index = steps.indexOf(current)
  return html`<p class="booking-caption">${t.stepOf(index + 1, steps.length)}</p>
<nav class="booking-steps" aria-label="${t.stepsLabel}">
<ol>${steps.map((step, i) => {
    const href = i < index ? stepHref(frame, step) : null
    return html`
<li${i === index && html` aria-current="step"`}>${href ? html`<a href="${href}">${t.steps[step]}</a>` : t.steps[step]}</li>`
  })}
</ol>
</nav>`
}

/** A time as the office's clock shows it, with the instant for machines. */
export const timeOf = (locale: LocaleCode, timeZone: string, iso: string): SafeHtml =>
  html`<time datetime="${iso}">${clockTime(locale, timeZone, iso)}</time>`

/** A local date, with the date for machines. */
export const dayOf = (locale: LocaleCode, date: string): SafeHtml => html`<time datetime="${date}">${longDay(locale, date)}</time>`

/** The slot's day and time in the office's zone. */
export function slotOf(locale: LocaleCode, timeZone: string, start: string): { day: SafeHtml; time: SafeHtml } {
  return { day: html`<time datetime="${start}">${slotDay(locale, timeZone, start)}</time>`, time: timeOf(locale, timeZone, start) }
}

/** Which zone every time on the page is in: a visitor abroad must not read them as their own. */
export function zoneNote(frame: FlowFrame, at: string): SafeHtml {
  const { locale } = frame.site
  const { name, id } = zoneNames(locale, frame.timeZone, at)
  const zone = name ? html`${name} · <bdi dir="ltr">${id}</bdi>` : html`<bdi dir="ltr">${id}</bdi>`
  return html`<p class="meta">${isolate(appointmentMessagesFor(locale).zoneNote, zone)}</p>`
}

/** What has been chosen so far, each with a way back to change it. */
export function choices(frame: FlowFrame, upTo: BookStep): SafeHtml {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale).choices
  const shown = BOOK_STEPS.slice(0, BOOK_STEPS.indexOf(upTo))
  const rows: { label: string; value: Renderable; href: string | null }[] = []
  if (frame.service && shown.includes('service')) rows.push({ label: t.service, value: frame.service.title, href: frame.mode === 'book' ? stepHref(frame, 'service') : null })
  if (frame.office && shown.includes('office')) rows.push({ label: t.office, value: html`<bdi>${frame.office.name}</bdi>`, href: frame.mode === 'book' ? stepHref(frame, 'office') : null })
  if (frame.slot && shown.includes('time')) {
    const when = slotOf(locale, frame.timeZone, frame.slot.start)
    rows.push({ label: t.date, value: when.day, href: stepHref(frame, 'day') })
    rows.push({ label: t.time, value: when.time, href: stepHref(frame, 'time') })
  } else if (frame.day && shown.includes('day')) {
    rows.push({ label: t.date, value: dayOf(locale, frame.day), href: stepHref(frame, 'day') })
  }
  if (rows.length === 0) return html``
  return html`<dl class="facts booking-choices">${rows.map((row) => html`
<dt>${row.label}</dt>
<dd><span>${row.value}</span>${row.href && html` <a href="${row.href}">${t.change}<span class="visually-hidden"> ${row.label}</span></a>`}</dd>`)}
</dl>`
}

/**
 * Why the step came back (the GOV.UK error summary): announced at once, with a link to the
 * field to fix when there is one.
 */
export function notice(locale: LocaleCode, code: FlowNotice | null, limits: { bookAheadDays: number; minNoticeHours: number } | null, target?: string): SafeHtml {
  if (!code) return html``
  const message = appointmentMessagesFor(locale).notices[code](limits ?? { bookAheadDays: 0, minNoticeHours: 0 })
  return html`<div class="error-summary booking-notice" role="alert" tabindex="-1" data-error-summary>
<h2 class="error-summary__title">${citizenMessagesFor(locale).errors.summary}</h2>
<p>${target ? html`<a href="#${target}">${message}</a>` : message}</p>
</div>`
}

/** Fields a form carries unseen: the flow's identity and the choices already made. */
export const hiddenFields = (fields: Record<string, string | undefined | null>): SafeHtml =>
  html`${Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== '').map(([name, value]) => html`<input type="hidden" name="${name}" value="${value!}">`)}`

/** A GET form that leads to an address of the flow: its path as the action, its query as hidden fields. */
export function getForm(href: string): { action: string; hidden: SafeHtml } {
  const url = new URL(href)
  return { action: `${url.origin}${url.pathname}`, hidden: hiddenFields(Object.fromEntries(url.searchParams)) }
}

