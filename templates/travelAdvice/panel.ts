import type { TravelAdviceSummaryView } from '../../src/content/travelAdviceView'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { countryName, formatDate } from '../i18n/format'
import { travelAdviceMessagesFor } from '../i18n/travelAdvice'
import { levelBadge } from './levelBadge'

/**
 * A mission's home page: the current level of each country it serves, linking to the full
 * advice on the ministry's site. Nothing when no such country has published advice.
 */
export function travelAdvicePanel(locale: LocaleCode, advice: TravelAdviceSummaryView[] | undefined): SafeHtml {
  if (!advice?.length) return html``
  const t = travelAdviceMessagesFor(locale)
  return html`${advice.map((a) => {
    const name = countryName(locale, a.country)
    const id = `travel-advice-${a.country.toLowerCase()}`
    return html`<section class="panel panel--advice" aria-labelledby="${id}">
<h2 id="${id}">${t.panelHeading(name)}</h2>
<p>${levelBadge(locale, a.level)}</p>${a.highestLevel > a.level && html`
<p>${t.higherInParts(a.highestLevel)}</p>`}
<p class="meta">${t.lastReviewed}: <time datetime="${a.reviewedAt}">${formatDate(locale, a.reviewedAt)}</time></p>${a.url && html`
<p><a href="${a.url}">${t.panelLink(name)}</a></p>`}
</section>`
  })}`
}
