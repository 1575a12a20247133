import type { TravelAdviceSummaryView, TravelAdviceView } from '../../src/content/travelAdviceView'
import type { LocaleCode } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'

type FixtureLocale = Extract<LocaleCode, 'es' | 'en' | 'ar'>
const textIn = (locale: LocaleCode) => TEXT[(locale in TEXT ? locale : 'en') as FixtureLocale]

const TEXT: Record<FixtureLocale, { summary: string; region: string; regionSummary: string; note: string; minor: string; part: string }> = {
  es: {
    summary: `Extreme las precauciones en las zonas fronterizas. ${HOSTILE.quotes}`,
    region: `Provincia de Sucumbíos ${HOSTILE.script}`, regionSummary: 'No viaje a menos de 20 km de la frontera.',
    note: `Nivel elevado en la frontera norte. ${HOSTILE.closeScript}`, minor: 'Teléfonos de emergencia actualizados.',
    part: '<p>Evite viajar de noche por carretera.</p>',
  },
  en: {
    summary: `Exercise increased caution near the borders. ${HOSTILE.quotes}`,
    region: `Sucumbíos province ${HOSTILE.script}`, regionSummary: 'Do not travel within 20 km of the border.',
    note: `Level raised on the northern border. ${HOSTILE.closeScript}`, minor: 'Emergency numbers updated.',
    part: '<p>Avoid travelling by road at night.</p>',
  },
  ar: {
    summary: `توخَّ مزيدًا من الحذر قرب الحدود. ${HOSTILE.arabic}`,
    region: `مقاطعة سوكومبيوس ${HOSTILE.script}`, regionSummary: 'لا تسافر على بعد أقل من 20 كم من الحدود.',
    note: `رفع المستوى على الحدود الشمالية. ${HOSTILE.closeScript}`, minor: 'تحديث أرقام الطوارئ.',
    part: '<p>تجنب السفر برًا ليلًا.</p>',
  },
}

/** Advice for two countries (one with a region above the whole), full of hostile strings. */
export function travelAdviceFixture(locale: LocaleCode): TravelAdviceView[] {
  const t = textIn(locale)
  return [
    {
      id: 'advice-co', country: 'CO', level: 2, highestLevel: 4, summary: t.summary,
      parts: [{ part: 'safety', html: t.part }, { part: 'help', html: `<p>${HOSTILE.emoji}</p>` }],
      regions: [{ name: t.region, level: 4, summary: t.regionSummary }],
      reviewedAt: '2024-03-10T00:00:00.000Z', updatedAt: '2024-03-12T09:30:00.000Z',
      changes: [
        { id: 'advice-co:2', at: '2024-03-12T09:30:00.000Z', major: true, level: 2, note: t.note },
        { id: 'advice-co:1', at: '2024-01-05T08:00:00.000Z', major: false, level: 1, note: t.minor },
      ],
    },
    {
      id: 'advice-es', country: 'ES', level: 1, highestLevel: 1, summary: HOSTILE.longTitle,
      parts: [], regions: [], reviewedAt: '2024-02-01T00:00:00.000Z', updatedAt: '2024-02-01T00:00:00.000Z',
      changes: [{ id: 'advice-es:1', at: '2024-02-01T00:00:00.000Z', major: false, level: 1, note: '' }],
    },
  ]
}

/** What the fixture embassy's home page shows: its host country's advice, with a region above the whole. */
export function travelAdvicePanelFixture(locale: LocaleCode): TravelAdviceSummaryView[] {
  return [
    { country: 'ES', level: 2, highestLevel: 3, reviewedAt: '2024-03-10T00:00:00.000Z', url: `https://www.cancilleria.example.gob.ec/${locale}/travel/es/` },
    { country: 'AD', level: 1, highestLevel: 1, reviewedAt: '2024-02-01T00:00:00.000Z', url: null },
  ]
}
