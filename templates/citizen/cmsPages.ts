import type { EnquiryFormState } from '../components/enquiryForm'
import { surveyForm, type SurveyFormState, type SurveySubject } from '../components/surveyForm'
import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'
import { pageShell } from '../layout/pageShell'
import { contactPage } from '../pages/contact'

/**
 * The pages the CMS answers a form with, in the mission's own page shell. They live on the
 * CMS's origin, so they link absolutely to the mission's site and ask not to be indexed.
 */

/** The contact page again, its form showing what was wrong. */
export function enquiryFormPage({ site, form }: { site: MissionSiteView; form: EnquiryFormState }): string {
  return contactPage({ site, form, servedByCms: true })
}

/** After a post without JavaScript: the reference, and what happens next. */
export function enquiryReceivedPage({ site, reference }: { site: MissionSiteView; reference: string }): string {
  const t = citizenMessagesFor(site.locale).received
  const { locale } = site
  return pageShell(
    { site, path: sitePaths.contact(locale), pathIn: null, section: 'contact', title: t.title, description: t.lead, servedByCms: true },
    (link) => html`<div class="panel panel--confirmation">
<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<p>${t.reference}: <strong class="reference" dir="ltr">${reference}</strong></p>
</div>
<p>${t.acknowledgement}</p>
<p>${t.promise(site.citizen.replyWithinWorkingDays)}</p>
<p><a href="${link(sitePaths.home(locale))}">${t.backHome}</a></p>`,
  )
}

/** The survey a reply links to, or a service page's survey sent back with its errors. */
export function surveyPage({ site, subject, form }: { site: MissionSiteView; subject: SurveySubject; form?: SurveyFormState }): string {
  const t = citizenMessagesFor(site.locale).survey
  return pageShell(
    {
      site, path: sitePaths.contact(site.locale), pathIn: null, section: null, title: t.heading, description: t.intro,
      servedByCms: true, scripts: [sitePaths.formsScript],
    },
    () => html`<h1>${t.heading}</h1>
${surveyForm(site, subject, form)}`,
  )
}

/** After the survey, without JavaScript. */
export function surveyThanksPage({ site }: { site: MissionSiteView }): string {
  const t = citizenMessagesFor(site.locale).survey
  const { locale } = site
  return pageShell(
    { site, path: sitePaths.contact(locale), pathIn: null, section: null, title: t.thanksTitle, description: t.thanksBody, servedByCms: true },
    (link) => html`<div class="panel panel--confirmation">
<h1>${t.thanksTitle}</h1>
<p class="lead">${t.thanksBody}</p>
</div>
<p><a href="${link(sitePaths.home(locale))}">${citizenMessagesFor(locale).received.backHome}</a></p>`,
  )
}
