import type { FieldErrors } from '../../src/citizen/formFields'
import { ENQUIRY_LIMITS, type EnquiryValues } from '../../src/citizen/enquiryInput'
import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'
import type { Linker } from '../layout/links'
import { describedBy, errorSummary, fieldError, honeypot, scriptStamps } from './formParts'
import { formScriptMessages } from './formScriptMessages'

/** A form sent back by the CMS: what was wrong, and what the visitor had typed. */
export type EnquiryFormState = { errors: FieldErrors; values: EnquiryValues }

const ID = 'enquiry'

/**
 * The contact form: plain HTML that posts to the CMS and works without JavaScript; the
 * optional script sends it in place. Every field has a visible label; refused fields say why.
 */
export function enquiryForm(site: MissionSiteView, link: Linker, state: EnquiryFormState = { errors: {}, values: {} }): SafeHtml {
  const { locale, citizen, mission } = site
  const t = citizenMessagesFor(locale).form
  const { errors, values } = state
  const id = (field: string) => `${ID}-${field}`
  const labels = { name: t.name, email: t.email, phone: t.phone, topic: t.topic, message: t.message, consent: t.privacyLink }
  const fieldIds = Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { id: id(field), label }]))
  const invalid = (field: keyof typeof labels) => errors[field] && html` aria-invalid="true"`
  const described = (field: keyof typeof labels, hint: boolean) => {
    const ids = describedBy(id(field), hint, errors[field])
    return ids && html` aria-describedby="${ids}"`
  }
  const topics = citizen.topics
  return html`<section class="citizen-form" id="${ID}" aria-labelledby="${ID}-heading">
<h2 id="${ID}-heading">${t.heading}</h2>
<p>${t.intro(citizen.replyWithinWorkingDays)}</p>
${errorSummary(locale, errors, fieldIds, `${ID}-form`)}
<form id="${ID}-form" method="post" action="${citizen.enquiryAction}" accept-charset="utf-8" data-citizen-form="enquiry" data-messages="${JSON.stringify(formScriptMessages(site, 'enquiry', labels))}">
<input type="hidden" name="mission" value="${mission.slug}"><input type="hidden" name="locale" value="${locale}">${scriptStamps}
${honeypot(locale, id('website'))}
<div class="field">
<label for="${id('name')}">${t.name}</label>${fieldError(locale, id('name'), errors.name, t.name)}
<input id="${id('name')}" name="name" type="text" autocomplete="name" required maxlength="${ENQUIRY_LIMITS.name}" value="${values.name ?? ''}"${invalid('name')}${described('name', false)}>
</div>
<div class="field">
<label for="${id('email')}">${t.email}</label>
<p class="field-hint" id="${id('email')}-hint">${t.emailHint}</p>${fieldError(locale, id('email'), errors.email, t.email)}
<input id="${id('email')}" name="email" type="email" autocomplete="email" dir="ltr" required maxlength="${ENQUIRY_LIMITS.email}" value="${values.email ?? ''}"${invalid('email')}${described('email', true)}>
</div>
<div class="field">
<label for="${id('phone')}">${t.phone} <span class="field-optional">${t.optional}</span></label>${fieldError(locale, id('phone'), errors.phone, t.phone)}
<input id="${id('phone')}" name="phone" type="tel" autocomplete="tel" dir="ltr" maxlength="${ENQUIRY_LIMITS.phone}" value="${values.phone ?? ''}"${invalid('phone')}${described('phone', false)}>
</div>
<div class="field">
<label for="${id('topic')}">${t.topic}</label>${fieldError(locale, id('topic'), errors.topic, t.topic)}
<select id="${id('topic')}" name="topic" required${invalid('topic')}${described('topic', false)}>
<option value="">${t.chooseTopic}</option>${topics.map((topic) => html`
<option value="${topic.slug}"${values.topic === topic.slug && html` selected`}>${topic.name}</option>`)}
</select>
</div>
<div class="field">
<label for="${id('message')}">${t.message}</label>
<p class="field-hint" id="${id('message')}-hint">${t.messageHint(ENQUIRY_LIMITS.message)}</p>${fieldError(locale, id('message'), errors.message, t.message)}
<textarea id="${id('message')}" name="message" rows="8" required maxlength="${ENQUIRY_LIMITS.message}"${invalid('message')}${described('message', true)}>${values.message ?? ''}</textarea>
</div>
<div class="field field--checkbox">${fieldError(locale, id('consent'), errors.consent, t.privacyLink)}
<input id="${id('consent')}" name="consent" type="checkbox" value="yes" required${values.consent === 'yes' && html` checked`}${invalid('consent')}${described('consent', false)}>
<label for="${id('consent')}">${t.consent} <a href="${link(sitePaths.privacy(locale))}">${t.privacyLink}</a>.</label>
</div>
<button type="submit" class="button">${t.submit}</button>
</form>
<div class="citizen-result" data-citizen-result hidden tabindex="-1"></div>
</section>`
}
