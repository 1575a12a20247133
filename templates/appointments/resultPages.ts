import type { BookingSummary, FlowFrame } from '../../src/appointments/flow/views'
import { sitePaths } from '../../src/content/sitePaths'
import { html } from '../html/html'
import { appointmentMessagesFor } from '../i18n/appointments'
import { citizenMessagesFor } from '../i18n/citizen'
import { appointmentFacts } from './detailsPages'
import { flowShell, zoneNote } from './parts'

/**
 * The pages after a step that changed something (booked, moved, cancelled) and the ones that
 * refuse a link. They show the reference and the appointment, never the applicant's details:
 * their address is not secret.
 */

const frameOf = (frame: FlowFrame, booking: BookingSummary): FlowFrame => ({ ...frame, service: booking.service, office: booking.office, slot: booking.slot })

export function bookedPage(frame: FlowFrame, booking: BookingSummary, moved: boolean): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const shown = frameOf(frame, booking)
  const requirements = booking.service?.requirements ?? []
  const title = moved ? t.booked.movedTitle : t.booked.title
  return flowShell(shown, title, (link) => html`<div class="panel panel--confirmation">
<h1>${title}</h1>
<p class="lead">${moved ? t.booked.movedLead : t.booked.lead}</p>
<p>${t.booked.reference}: <strong class="reference" dir="ltr">${booking.reference}</strong></p>
</div>
${appointmentFacts(shown, booking.slot.start)}
${zoneNote(shown, booking.slot.start)}
<p>${t.booked.mail}</p>${requirements.length > 0 && html`
<h2>${t.booked.bring}</h2>
<ul>${requirements.map((item) => html`
<li>${item}</li>`)}
</ul>`}
<p>${t.booked.manageNote}</p>
<p><a href="${link(sitePaths.home(locale))}">${t.booked.backHome}</a></p>`)
}

export function cancelledPage(frame: FlowFrame, booking: BookingSummary): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  const shown = frameOf(frame, booking)
  return flowShell(shown, t.cancelled.title, (link) => html`<div class="panel panel--confirmation">
<h1>${t.cancelled.title}</h1>
<p class="lead">${t.cancelled.lead}</p>
<p>${t.summary.reference}: <strong class="reference" dir="ltr">${booking.reference}</strong></p>
</div>
${appointmentFacts(shown, booking.slot.start)}
<p><a class="button" href="${frame.href(booking.service ? { service: booking.service.slug } : {})}">${t.cancelled.bookAgain}</a></p>
<p><a href="${link(sitePaths.home(locale))}">${t.booked.backHome}</a></p>`)
}

/** A manage link that was tampered with (404) or has been used already (410). */
export function linkProblemPage(frame: FlowFrame, problem: 'token-invalid' | 'token-used'): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale).token
  const [title, body] = problem === 'token-used' ? [t.usedTitle, t.used] : [t.invalidTitle, t.invalid]
  return flowShell(frame, title, (link) => html`<h1>${title}</h1>
<p class="lead">${body}</p>
<p><a href="${link(sitePaths.contact(locale))}">${citizenMessagesFor(locale).footer.contactForm}</a></p>`)
}

/** Too many posts from one address or to one mission: when to try again, in the visitor's language. */
export function rateLimitedPage(frame: FlowFrame, seconds: number): string {
  const { locale } = frame.site
  const t = appointmentMessagesFor(locale)
  return flowShell(frame, t.title, () => html`<h1>${t.title}</h1>
<div class="error-summary booking-notice" role="alert" tabindex="-1">
<h2 class="error-summary__title">${citizenMessagesFor(locale).errors.summary}</h2>
<p>${t.rateLimited(Math.max(1, Math.ceil(seconds / 60)))}</p>
</div>`)
}
