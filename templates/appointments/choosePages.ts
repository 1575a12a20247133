import type { BookingValues } from '../../src/appointments/bookingInput'
import type { DayOption, FlowFrame, FlowNotice, OfficeOption, ServiceOption, TimeOption } from '../../src/appointments/flow/views'
import { sitePaths } from '../../src/content/sitePaths'
import { html } from '../html/html'
import { appointmentMessagesFor, type ScheduleLimits } from '../i18n/appointments'
import { formatNumber } from '../i18n/format'
import { choices, dayOf, flowShell, getForm, hiddenFields, isolate, notice, stepList, timeOf, zoneNote } from './parts'
import { monthName, shortDay } from './format'

/**
 * The steps that choose: service, office, day, time. Each choice is a plain link (or, for the
 * time, a form of radio buttons), so the flow works without JavaScript.
 */

type Shown = { notice?: FlowNotice | null; limits?: ScheduleLimits | null }

const address = (a: OfficeOption['address']): string => [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')

export function serviceStepPage(frame: FlowFrame, services: ServiceOption[], shown: Shown = {}): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  return flowShell(frame, t.title, (link) => html`${stepList(frame, 'service')}
<h1>${t.service.heading}</h1>
${notice(locale, shown.notice ?? null, shown.limits ?? null)}${services.length === 0
    ? html`<p class="lead">${t.service.none}</p>
<p><a href="${link(sitePaths.home(locale))}">${t.booked.backHome}</a></p>`
    : html`<p>${t.service.intro}</p>
<ul class="booking-options">${services.map((service) => html`
<li><a href="${frame.href({ service: service.slug })}">${service.title}</a>${service.summary && html`
<p>${service.summary}</p>`}
<p class="meta">${service.nextDate ? isolate(t.service.next, dayOf(locale, service.nextDate)) : t.service.noDates}</p></li>`)}
</ul>`}`)
}

export function officeStepPage(frame: FlowFrame, offices: OfficeOption[], shown: Shown = {}): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const service = frame.service!
  return flowShell(frame, `${t.office.heading} — ${service.title}`, () => html`${stepList(frame, 'office')}
${choices(frame, 'office')}
<h1>${t.office.heading}</h1>
${notice(locale, shown.notice ?? null, shown.limits ?? null)}
<ul class="booking-options">${offices.map((office) => html`
<li>${office.nextDate ? html`<a href="${frame.href({ service: service.slug, office: office.id })}"><bdi>${office.name}</bdi></a>` : html`<strong><bdi>${office.name}</bdi></strong>`}
<p><bdi>${address(office.address)}</bdi></p>
<p class="meta">${office.nextDate ? isolate(t.office.next, dayOf(locale, office.nextDate)) : t.office.noDates}</p></li>`)}
</ul>`)
}

export function dayStepPage(frame: FlowFrame, days: DayOption[], limits: ScheduleLimits, shown: Shown = {}): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const months = new Map<string, DayOption[]>()
  for (const day of days) months.set(day.date.slice(0, 7), [...(months.get(day.date.slice(0, 7)) ?? []), day])
  const dayHref = (date: string) => frame.href({ service: frame.service?.slug, office: frame.office?.id, day: date })
  return flowShell(frame, frame.mode === 'book' ? `${t.day.heading} — ${t.title}` : `${t.day.heading} — ${t.moveTitle}`, () => html`${stepList(frame, 'day')}
${choices(frame, 'day')}
<h1>${t.day.heading}</h1>
${notice(locale, shown.notice ?? null, shown.limits ?? limits)}${days.length === 0
    ? html`<p class="lead">${t.day.none}</p>`
    : html`<p>${t.day.intro(limits.bookAheadDays)}</p>
${[...months].map(([month, inMonth]) => html`<h2>${monthName(locale, `${month}-01`)}</h2>
<ul class="booking-days">${inMonth.map((day) => html`
<li><a href="${dayHref(day.date)}"><time datetime="${day.date}">${shortDay(locale, day.date)}</time><span class="meta">${t.day.free(formatNumber(locale, day.free))}</span></a></li>`)}
</ul>
`)}${zoneNote(frame, `${days[0]!.date}T12:00:00Z`)}`}`)
}

// Says the time form was sent, so one sent without a time is told to choose one.
const withStep = (form: ReturnType<typeof getForm>) => ({ action: form.action, hidden: html`${form.hidden}${hiddenFields({ step: 'time' })}` })

/**
 * The free times of a day as radio buttons. Normally a GET form leading to the details; when a
 * confirmation came back (the time filled up meanwhile) it posts the details kept in the page
 * straight to the review again, so nothing is typed twice and nothing was stored.
 */
export function timeStepPage(frame: FlowFrame, times: TimeOption[], limits: ScheduleLimits, shown: Shown & { carry?: BookingValues } = {}): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const day = frame.day!
  const choice = { service: frame.service?.slug, office: frame.office?.id }
  const form = shown.carry
    ? { method: 'post', action: frame.action, hidden: hiddenFields({ ...frame.hidden, ...choice, day, ...shown.carry, step: 'details' }) }
    : { method: 'get', ...withStep(getForm(frame.href({ ...choice, day }))) }
  const first = 'slot-0'
  return flowShell(frame, frame.mode === 'book' ? `${t.time.heading} — ${t.title}` : `${t.time.heading} — ${t.moveTitle}`, () => html`${stepList(frame, 'time')}
${choices(frame, 'time')}
<h1>${t.time.heading}</h1>
${notice(locale, shown.notice ?? null, shown.limits ?? limits, times.length > 0 ? first : undefined)}${times.length === 0
    ? html`<p class="lead">${t.notices['no-times'](limits)}</p>`
    : html`<form method="${form.method}" action="${form.action}" accept-charset="utf-8">${form.hidden}
<fieldset class="field">
<legend>${isolate(t.time.legend, dayOf(locale, day))}</legend>
${zoneNote(frame, times[0]!.start)}
<div class="booking-times">${times.map((time, i) => html`
<div class="radio"><input id="slot-${i}" name="slot" type="radio" value="${time.start}"${i === 0 && html` required`}${frame.slot?.start === time.start && html` checked`}><label for="slot-${i}">${timeOf(locale, frame.timeZone, time.start)}</label></div>`)}
</div>
</fieldset>
<button type="submit" class="button">${t.time.continue}</button>
</form>`}
<p class="booking-back"><a href="${frame.href(choice)}">${t.time.otherDay}</a></p>`)
}

