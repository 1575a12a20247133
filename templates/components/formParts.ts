import type { FieldErrorCode, FieldErrors } from '../../src/citizen/formFields'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { citizenMessagesFor } from '../i18n/citizen'

/** A field's refusal in the page's language; the field's label is named where the sentence needs it. */
export function errorText(locale: LocaleCode, code: FieldErrorCode, label: string): string {
  return citizenMessagesFor(locale).errors.field[code](label)
}

/** The error summary at the top of a form sent back (the GOV.UK pattern): every problem, each a link to its field. */
export function errorSummary(locale: LocaleCode, errors: FieldErrors, fieldIds: Record<string, { id: string; label: string }>, formId: string): SafeHtml {
  const entries = Object.entries(errors)
  if (entries.length === 0) return html``
  const t = citizenMessagesFor(locale)
  return html`<div class="error-summary" role="alert" tabindex="-1" data-error-summary>
<h3 class="error-summary__title">${t.errors.summary}</h3>
<ul>${entries.map(([field, code]) => {
    const target = fieldIds[field]
    return html`
<li><a href="#${target?.id ?? formId}">${errorText(locale, code, target?.label ?? '')}</a></li>`
  })}
</ul>
</div>`
}

/** The message under a refused field, tied to it by aria-describedby. */
export function fieldError(locale: LocaleCode, id: string, code: FieldErrorCode | undefined, label: string): SafeHtml {
  return code ? html`
<p class="field-error" id="${id}-error">${errorText(locale, code, label)}</p>` : html``
}

/** aria-describedby for a field: its hint and, when refused, its error. */
export function describedBy(id: string, hasHint: boolean, code: FieldErrorCode | undefined): string | null {
  const ids = [hasHint ? `${id}-hint` : '', code ? `${id}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : null
}

/** Bots fill every field they find; people never see this one (off-screen, out of the tab order). */
export function honeypot(locale: LocaleCode, id: string): SafeHtml {
  return html`<div class="field-trap" aria-hidden="true"><label for="${id}">${citizenMessagesFor(locale).form.honeypot}</label><input id="${id}" name="website" type="text" tabindex="-1" autocomplete="off" value=""></div>`
}

/** Filled by the script (when it runs): when the form was opened, and a key that makes a resend one enquiry. */
export const scriptStamps = html`<input type="hidden" name="started" value=""><input type="hidden" name="key" value="">`
