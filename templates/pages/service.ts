import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, ServiceView } from '../../src/content/viewModels'
import { bookingPanel } from '../components/bookingPanel'
import { dateTime } from '../components/dateTime'
import { surveyForm } from '../components/surveyForm'
import { html, trustedHtml } from '../html/html'
import { messagesFor, serviceCategoryLabel } from '../i18n'
import { formatMoney } from '../i18n/format'
import { governmentService } from '../jsonld/governmentService'
import { pageShell } from '../layout/pageShell'
import { textLanguage } from '../components/textLanguage'

export type ServiceParams = { site: MissionSiteView; service: ServiceView }

export function servicePage({ site, service }: ServiceParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  return pageShell(
    {
      site, path: sitePaths.service(locale, service.slug), pathIn: (other) => sitePaths.service(other, service.slug), section: 'services',
      title: service.title, description: service.summary, jsonLd: [governmentService(site, service)],
      scripts: site.citizen.forms ? [sitePaths.formsScript] : [],
    },
    (link) => html`<h1${textLanguage(service.textLanguages?.title)}>${service.title}</h1>
<p class="lead"${textLanguage(service.textLanguages?.summary)}>${service.summary}</p>
<dl class="facts">
<dt>${t.services.title}</dt><dd><a href="${link(sitePaths.services(locale))}">${serviceCategoryLabel(t, service.category)}</a></dd>${service.audience.length > 0 && html`
<dt>${t.services.audience}</dt><dd>${service.audience.map((a) => t.audiences[a]).join(' · ')}</dd>`}
<dt>${t.services.fee}</dt><dd>${service.fee ? formatMoney(locale, service.fee.amount, service.fee.currency) : t.services.free}</dd>${service.processingTime && html`
<dt>${t.services.processingTime}</dt><dd>${service.processingTime}</dd>`}
</dl>${service.booking && html`
${bookingPanel(locale, service.booking)}`}${service.requirements.length > 0 && html`
<h2>${t.services.requirements}</h2>
<ul>${service.requirements.map((r) => html`<li>${r}</li>`)}</ul>`}
<div class="prose"${textLanguage(service.textLanguages?.body)}>${trustedHtml(service.bodyHtml)}</div>${!service.booking && service.appointmentUrl && html`
<p><a class="button" href="${service.appointmentUrl}">${t.services.bookAppointment}</a></p>`}
<p class="meta">${t.services.updated}: ${dateTime(locale, service.updatedAt)}</p>
${site.citizen.forms && surveyForm(site, { service: service.slug })}`,
  )
}
