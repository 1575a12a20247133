import { html, type SafeHtml } from '../html/html'

/** "tel:" wants digits and a leading +, nothing else. */
export function telHref(number: string): string {
  const digits = number.replace(/[^0-9+]/g, '')
  return `tel:${digits.startsWith('+') ? '+' + digits.slice(1).replace(/\+/g, '') : digits.replace(/\+/g, '')}`
}

/**
 * Numbers stay left-to-right inside right-to-left text, and never break across lines
 * (non-breaking spaces), so a reader copies or dials them whole.
 */
export function phoneLink(number: string, className?: string): SafeHtml {
  return html`<a${className && html` class="${className}"`} href="${telHref(number)}" dir="ltr">${number.replace(/ /g, '\u00a0')}</a>`
}
