import { BOOKING_LIMITS, type BookingValues } from '../../src/appointments/bookingInput'
import type { DetailsState, FlowFrame, ReviewState } from '../../src/appointments/flow/views'
import { sitePaths } from '../../src/content/sitePaths'
import { html, type SafeHtml } from '../html/html'
import { appointmentMessagesFor } from '../i18n/appointments'
import { formatNumber } from '../i18n/format'
import { describedBy, errorSummary, fieldError, honeypot } from '../components/formParts'
import { choices, flowShell, hiddenFields, slotOf, stepList, zoneNote } from './parts'

/**
 * The applicant's details and the review before anything is stored. The details post to the
 * CMS, which answers with the review (or this form again with its errors, the values kept);
 * the review's hidden fields carry everything, so no step stores a half-made booking.
 */

const ID = 'booking'
const FORM_ID = `${ID}-form`
const id = (field: string) => `${ID}-${field}`

/** Which service, office and slot a form is about: the same three fields on every post. */
const choiceFields = (frame: FlowFrame) => ({ service: frame.service?.slug, office: frame.office?.id, slot: frame.slot?.start })

export function detailsStepPage(frame: FlowFrame, state: DetailsState = { errors: {}, values: {} }): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const d = t.details
  const { errors, values } = state
  const labels = { name: d.name, email: d.email, phone: d.phone, documentNumber: d.documentNumber, people: d.people, website: d.name }
  const fieldIds = Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { id: id(field), label }]))
  const invalid = (field: keyof typeof labels) => errors[field] && html` aria-invalid="true"`
  const described = (field: keyof typeof labels, hint: boolean) => {
    const ids = describedBy(id(field), hint, errors[field])
    return ids && html` aria-describedby="${ids}"`
  }
  const people = Array.from({ length: BOOKING_LIMITS.people }, (_, i) => String(i + 1))
  const chosenPeople = values.people ?? '1'
  return flowShell(frame, `${d.heading} — ${t.title}`, (link) => html`${stepList(frame, 'details')}
${choices(frame, 'details')}
<h1>${d.heading}</h1>
<p>${d.intro}</p>
${errorSummary(locale, errors, fieldIds, FORM_ID)}
<form id="${FORM_ID}" class="booking-form" method="post" action="${frame.action}" accept-charset="utf-8">
${hiddenFields({ ...frame.hidden, ...choiceFields(frame), step: 'details' })}
${honeypot(locale, id('website'))}
<div class="field">
<label for="${id('name')}">${d.name}</label>${fieldError(locale, id('name'), errors.name, d.name)}
<input id="${id('name')}" name="name" type="text" autocomplete="name" required maxlength="${BOOKING_LIMITS.name}" value="${values.name ?? ''}"${invalid('name')}${described('name', false)}>
</div>
<div class="field">
<label for="${id('email')}">${d.email}</label>
<p class="field-hint" id="${id('email')}-hint">${d.emailHint}</p>${fieldError(locale, id('email'), errors.email, d.email)}
<input id="${id('email')}" name="email" type="email" autocomplete="email" dir="ltr" required maxlength="${BOOKING_LIMITS.email}" value="${values.email ?? ''}"${invalid('email')}${described('email', true)}>
</div>
<div class="field">
<label for="${id('phone')}">${d.phone} <span class="field-optional">${d.optional}</span></label>${fieldError(locale, id('phone'), errors.phone, d.phone)}
<input id="${id('phone')}" name="phone" type="tel" autocomplete="tel" dir="ltr" maxlength="${BOOKING_LIMITS.phone}" value="${values.phone ?? ''}"${invalid('phone')}${described('phone', false)}>
</div>
<div class="field">
<label for="${id('documentNumber')}">${d.documentNumber} <span class="field-optional">${d.optional}</span></label>
<p class="field-hint" id="${id('documentNumber')}-hint">${d.documentHint}</p>${fieldError(locale, id('documentNumber'), errors.documentNumber, d.documentNumber)}
<input id="${id('documentNumber')}" name="documentNumber" type="text" autocomplete="off" dir="ltr" maxlength="${BOOKING_LIMITS.documentNumber}" value="${values.documentNumber ?? ''}"${invalid('documentNumber')}${described('documentNumber', true)}>
</div>
<div class="field field--people">
<label for="${id('people')}">${d.people}</label>
<p class="field-hint" id="${id('people')}-hint">${d.peopleHint}</p>${fieldError(locale, id('people'), errors.people, d.people)}
<select id="${id('people')}" name="people"${invalid('people')}${described('people', true)}>${people.map((n) => html`
<option value="${n}"${n === chosenPeople && html` selected`}>${formatNumber(locale, Number(n))}</option>`)}
</select>
</div>
<button type="submit" class="button">${d.continue}</button>
</form>
<p class="meta booking-back"><a href="${link(sitePaths.privacy(locale))}">${d.privacy}</a></p>`)
}

/** The applicant's details as a list: what they typed, isolated so a Latin name reads right in Arabic. */
export function applicantFacts(frame: FlowFrame, values: Partial<BookingValues>): SafeHtml {
  const { locale } = frame.site
  const s = appointmentMessagesFor(locale).summary
  const rows: [string, string][] = [
    [s.name, values.name ?? ''],
    [s.email, values.email ?? ''],
    [s.phone, values.phone ?? ''],
    [s.documentNumber, values.documentNumber ?? ''],
  ]
  return html`<dl class="facts">${rows.filter(([, value]) => value).map(([label, value]) => html`
<dt>${label}</dt>
<dd><bdi>${value}</bdi></dd>`)}
<dt>${s.people}</dt>
<dd>${formatNumber(locale, Number(values.people ?? '1'))}</dd>
</dl>`
}

/** The appointment as a list: service, office and its address, day, time. */
export function appointmentFacts(frame: FlowFrame, start: string): SafeHtml {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const when = slotOf(locale, frame.timeZone, start)
  const office = frame.office
  return html`<dl class="facts">${frame.service && html`
<dt>${t.choices.service}</dt>
<dd>${frame.service.title}</dd>`}${office && html`
<dt>${t.choices.office}</dt>
<dd><bdi>${office.name}</bdi></dd>
<dt>${t.summary.address}</dt>
<dd><bdi>${[office.address.street, [office.address.postalCode, office.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</bdi></dd>`}
<dt>${t.choices.date}</dt>
<dd>${when.day}</dd>
<dt>${t.choices.time}</dt>
<dd>${when.time}</dd>
</dl>`
}

export function reviewStepPage(frame: FlowFrame, state: ReviewState): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const start = frame.slot!.start
  return flowShell(frame, `${t.review.heading} — ${t.title}`, () => html`${stepList(frame, 'review')}
<h1>${t.review.heading}</h1>
<p>${t.review.intro}</p>
<h2>${t.review.appointment}</h2>
${appointmentFacts(frame, start)}
${zoneNote(frame, start)}
<h2>${t.review.applicant}</h2>
${applicantFacts(frame, state.values)}
<form method="post" action="${frame.action}" accept-charset="utf-8">
${hiddenFields({ ...frame.hidden, ...choiceFields(frame), ...state.values, key: state.key })}
<div class="booking-actions">
<button type="submit" class="button" name="step" value="confirm">${t.review.confirm}</button>
<button type="submit" class="button button--secondary" name="step" value="edit">${t.review.edit}</button>
</div>
</form>`)
}
