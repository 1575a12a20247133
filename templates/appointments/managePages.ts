import type { BookingSummary, FlowFrame } from '../../src/appointments/flow/views'
import { html } from '../html/html'
import { appointmentMessagesFor } from '../i18n/appointments'
import { formatNumber } from '../i18n/format'
import { appointmentFacts } from './detailsPages'
import { flowShell, hiddenFields, stepList, zoneNote } from './parts'

/**
 * What the manage link in the confirmation mail opens: the appointment, and the two things the
 * applicant may do with it without an account. Each action asks once more before it acts.
 */

export type ManageLinks = { manage: string; cancel: string; move: string }

const frameOf = (frame: FlowFrame, booking: BookingSummary): FlowFrame => ({ ...frame, service: booking.service, office: booking.office })

export function managePage(frame: FlowFrame, booking: BookingSummary, links: ManageLinks, changeable: boolean): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const shown = frameOf(frame, booking)
  return flowShell(shown, t.manage.title, () => html`<h1>${t.manage.title}</h1>
<dl class="facts">
<dt>${t.summary.reference}</dt>
<dd><strong class="reference" dir="ltr">${booking.reference}</strong></dd>
<dt>${t.summary.status}</dt>
<dd>${t.manage.status[booking.status]}</dd>${booking.name && html`
<dt>${t.summary.name}</dt>
<dd><bdi>${booking.name}</bdi></dd>`}
<dt>${t.summary.people}</dt>
<dd>${formatNumber(locale, booking.people)}</dd>
</dl>
${appointmentFacts(shown, booking.slot.start)}
${zoneNote(shown, booking.slot.start)}${changeable
    ? html`
<p>${t.manage.intro}</p>
<div class="booking-actions">
<a class="button" href="${links.move}">${t.manage.move}</a>
<a class="button button--warning" href="${links.cancel}">${t.manage.cancel}</a>
</div>`
    : html`
<p class="lead">${t.manage.closed}</p>`}`)
}

export function cancelConfirmPage(frame: FlowFrame, booking: BookingSummary, links: ManageLinks): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const shown = frameOf(frame, booking)
  return flowShell(shown, t.manage.cancelHeading, () => html`<h1>${t.manage.cancelHeading}</h1>
${appointmentFacts(shown, booking.slot.start)}
<p>${t.manage.cancelIntro}</p>
<form method="post" action="${frame.action}" accept-charset="utf-8">
${hiddenFields({ ...frame.hidden, action: 'cancel' })}
<div class="booking-actions">
<button type="submit" class="button button--warning">${t.manage.cancelConfirm}</button>
<a href="${links.manage}">${t.manage.keep}</a>
</div>
</form>`)
}

/** The move's last step: the current and the new appointment (the frame's day and slot), then one button. */
export function moveReviewPage(frame: FlowFrame, booking: BookingSummary): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const shown = frameOf(frame, booking)
  const newStart = frame.slot!.start
  return flowShell(shown, t.manage.moveHeading, () => html`${stepList(shown, 'review')}
<h1>${t.manage.moveHeading}</h1>
<h2>${t.manage.from}</h2>
${appointmentFacts(shown, booking.slot.start)}
<h2>${t.manage.to}</h2>
${appointmentFacts(shown, newStart)}
${zoneNote(shown, newStart)}
<p>${t.manage.moveIntro}</p>
<form method="post" action="${frame.action}" accept-charset="utf-8">
${hiddenFields({ ...frame.hidden, action: 'move', slot: newStart })}
<div class="booking-actions">
<button type="submit" class="button">${t.manage.moveConfirm}</button>
</div>
</form>`)
}
