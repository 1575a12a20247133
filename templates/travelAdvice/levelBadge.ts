import type { AlertLevelNumber } from '../../src/content/travelAdviceLevels'
import type { LocaleCode } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import { travelAdviceMessagesFor } from '../i18n/travelAdvice'

/**
 * A level as words and number ("Level 3 · Reconsider travel"): the colour of its edge only
 * repeats what the text says, so a reader who cannot tell colours apart loses nothing.
 */
export function levelBadge(locale: LocaleCode, level: AlertLevelNumber): SafeHtml {
  const t = travelAdviceMessagesFor(locale)
  return html`<span class="advice-level advice-level--${level}">${t.levelNumber(level)} · ${t.levels[level]}</span>`
}
