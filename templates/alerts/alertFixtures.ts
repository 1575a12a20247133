import type { AlertView, LocaleCode } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'

const WORDS: Partial<Record<LocaleCode, { critical: string; warning: string; information: string; text: string }>> = {
  es: { critical: 'Terremoto en la costa: siga las indicaciones de protección civil', warning: 'Huelga de transportes', information: 'Elecciones: horario ampliado', text: 'Llame al número de emergencias si necesita ayuda.\nLa Embajada atiende día y noche.' },
  en: { critical: 'Earthquake on the coast: follow civil protection instructions', warning: 'Transport strike', information: 'Elections: longer opening hours', text: 'Call the emergency number if you need help.\nThe Embassy answers day and night.' },
  ar: { critical: 'زلزال على الساحل: اتبعوا تعليمات الحماية المدنية', warning: 'إضراب في وسائل النقل', information: 'الانتخابات: ساعات عمل ممتدة', text: 'اتصلوا برقم الطوارئ إذا احتجتم إلى المساعدة.' },
}

/**
 * One alert of each severity, in force on the fixtures' day, with hostile text in places: the
 * home and contact pages of every fixture site carry them (fixtures/everyPage.ts).
 */
export function alertFixtures(locale: LocaleCode): AlertView[] {
  const w = WORDS[locale] ?? WORDS.en!
  const window = { startsAt: '2024-03-14T08:00:00.000Z', expiresAt: '2024-03-20T18:00:00.000Z', updatedAt: '2024-03-14T08:00:00.000Z' }
  return [
    { id: 'a1c1f0de-0000-4000-8000-00000000a1e1', severity: 'critical', title: w.critical, text: `${w.text} ${HOSTILE.closeScript}`, ...window },
    { id: 'a1c1f0de-0000-4000-8000-00000000a1e2', severity: 'warning', title: `${w.warning} ${HOSTILE.quotes}`, text: HOSTILE.longTitle, ...window },
    { id: 'a1c1f0de-0000-4000-8000-00000000a1e3', severity: 'information', title: `${w.information} ${HOSTILE.emoji}`, text: w.text, ...window },
  ]
}
