import type { FieldErrors } from '../../src/citizen/formFields'
import { SURVEY_COMMENT_LIMIT, type SurveyValues } from '../../src/citizen/surveyInput'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'
import { describedBy, errorSummary, fieldError, honeypot, scriptStamps } from './formParts'
import { formScriptMessages } from './formScriptMessages'

/** What the survey rates: a service (its page), or an enquiry (the reply's link, with its token). */
export type SurveySubject = { service: string } | { reference: string; token: string }

export type SurveyFormState = { errors: FieldErrors; values: SurveyValues }

const ID = 'survey'

/** The satisfaction survey: overall 1–5, resolved yes/no, an optional comment. Plain HTML; the script sends it in place. */
export function surveyForm(site: MissionSiteView, subject: SurveySubject, state: SurveyFormState = { errors: {}, values: {} }): SafeHtml {
  const { locale, citizen, mission } = site
  const t = citizenMessagesFor(locale).survey
  const { errors, values } = state
  const id = (field: string) => `${ID}-${field}`
  const labels = { rating: t.rating, resolved: t.resolved, comment: t.comment }
  const fieldIds = { rating: { id: id('rating-1'), label: t.rating }, resolved: { id: id('resolved-yes'), label: t.resolved }, comment: { id: id('comment'), label: t.comment }, ref: { id: `${ID}-form`, label: '' } }
  const group = (field: 'rating' | 'resolved') => {
    const ids = describedBy(id(field), false, errors[field])
    return html`${ids && html` aria-describedby="${ids}"`}`
  }
  const radio = (field: 'rating' | 'resolved', value: string, label: string, first: boolean) => html`
<div class="radio"><input id="${id(`${field}-${value}`)}" name="${field}" type="radio" value="${value}"${first && html` required`}${values[field] === value && html` checked`}> <label for="${id(`${field}-${value}`)}">${label}</label></div>`
  const hidden = 'service' in subject
    ? html`<input type="hidden" name="mission" value="${mission.slug}"><input type="hidden" name="service" value="${subject.service}">`
    : html`<input type="hidden" name="ref" value="${subject.reference}"><input type="hidden" name="token" value="${subject.token}">`
  const commentIds = describedBy(id('comment'), true, errors.comment)
  return html`<section class="citizen-form" id="${ID}" aria-labelledby="${ID}-heading">
<h2 id="${ID}-heading">${t.heading}</h2>
<p>${'reference' in subject ? t.replyIntro(subject.reference) : t.intro}</p>
${errorSummary(locale, errors, fieldIds, `${ID}-form`)}
<form id="${ID}-form" method="post" action="${citizen.surveyAction}" accept-charset="utf-8" data-citizen-form="survey" data-messages="${JSON.stringify(formScriptMessages(site, 'survey', labels))}">
${hidden}<input type="hidden" name="locale" value="${locale}">${scriptStamps}
${honeypot(locale, id('website'))}
<fieldset class="field" id="${id('rating')}"${group('rating')}>
<legend>${t.rating}</legend>${fieldError(locale, id('rating'), errors.rating, t.rating)}
<div class="radios radios--scale">${t.ratings.map((label, i) => radio('rating', String(i + 1), `${i + 1} — ${label}`, i === 0))}
</div>
</fieldset>
<fieldset class="field" id="${id('resolved')}"${group('resolved')}>
<legend>${t.resolved}</legend>${fieldError(locale, id('resolved'), errors.resolved, t.resolved)}
<div class="radios">${radio('resolved', 'yes', t.yes, true)}${radio('resolved', 'no', t.no, false)}
</div>
</fieldset>
<div class="field">
<label for="${id('comment')}">${t.comment}</label>
<p class="field-hint" id="${id('comment')}-hint">${t.commentHint(SURVEY_COMMENT_LIMIT)}</p>${fieldError(locale, id('comment'), errors.comment, t.comment)}
<textarea id="${id('comment')}" name="comment" rows="4" maxlength="${SURVEY_COMMENT_LIMIT}"${errors.comment && html` aria-invalid="true"`}${commentIds && html` aria-describedby="${commentIds}"`}>${values.comment ?? ''}</textarea>
</div>
<button type="submit" class="button">${t.submit}</button>
</form>
<div class="citizen-result" data-citizen-result hidden tabindex="-1"></div>
</section>`
}
