import type { LocaleCode } from '../../config/locales'

/**
 * A survey answered on a mission's service page, `daysAgo` days before the run. Spread over
 * five months so the month-by-month figures have a history, and over every score.
 */
export type ServiceSurveySeed = {
  mission: string
  service: string
  locale: LocaleCode
  rating: 1 | 2 | 3 | 4 | 5
  resolved: boolean
  comment?: string
  daysAgo: number
}

type Row = [mission: string, service: string, locale: LocaleCode, rating: ServiceSurveySeed['rating'], resolved: boolean, daysAgo: number, comment?: string]

const rows: Row[] = [
  ['madrid', 'passport', 'es', 5, true, 6.2, 'Cita rápida y personal muy amable.'],
  ['madrid', 'passport', 'es', 4, true, 34.5],
  ['madrid', 'passport', 'en', 3, true, 97.1, 'Long queue on the day.'],
  ['madrid', 'passport', 'es', 2, false, 128.4, 'Me pidieron un documento que no estaba en la lista.'],
  ['madrid', 'residence-visa', 'en', 4, true, 52.3],
  ['madrid', 'residence-visa', 'es', 3, false, 141.6],
  ['madrid', 'legalisation', 'es', 5, true, 19.7, 'Todo en el mismo día.'],
  ['madrid', 'consular-registration', 'es', 4, false, 77.2],
  ['barcelona', 'passport', 'es', 4, true, 11.4],
  ['barcelona', 'passport', 'es', 1, false, 88.8, 'No había citas disponibles en dos meses.'],
  ['barcelona', 'birth-registration', 'es', 5, true, 45.1, 'Excelente atención.'],
  ['barcelona', 'legalisation', 'en', 3, true, 118.3],
  ['barcelona', 'mobile-consulate', 'es', 4, true, 63.9, 'Muy útil que vinieran a Girona.'],
  ['cairo', 'passport', 'ar', 4, true, 23.3, 'خدمة ممتازة.'],
  ['cairo', 'residence-visa', 'ar', 2, false, 71.5, 'الإجراءات طويلة جداً.'],
  ['cairo', 'legalisation', 'en', 5, true, 109.2],
  ['cairo', 'residence-visa', 'ar', 3, true, 135.8],
  ['beijing', 'residence-visa', 'zh', 4, true, 14.6, '材料要求清楚。'],
  ['beijing', 'residence-visa', 'zh', 2, false, 92.4],
  ['beijing', 'passport', 'es', 5, true, 58.1],
  ['paris', 'passport', 'fr', 4, true, 9.3, 'Accueil agréable.'],
  ['paris', 'consular-registration', 'fr', 3, true, 81.6],
  ['paris', 'birth-registration', 'es', 5, true, 146.2],
  ['mexico-city', 'passport', 'es', 4, true, 27.4],
  ['mexico-city', 'power-of-attorney', 'es', 2, false, 66.6, 'Tuve que volver tres veces.'],
  ['mexico-city', 'voting-abroad', 'es', 5, true, 103.5],
  ['new-york', 'passport', 'en', 2, false, 37.2],
  ['new-york', 'assistance-protection', 'es', 5, true, 84.1, 'Me ayudaron en una emergencia, gracias.'],
  ['new-york', 'passport', 'es', 3, true, 124.7],
  ['london', 'legalisation', 'en', 4, true, 48.5],
  ['washington', 'residence-visa', 'en', 3, true, 112.9],
  ['tapachula', 'assistance-protection', 'es', 5, true, 30.2],
  ['monterrey', 'passport', 'es', 4, true, 74.4],
  ['valencia', 'consular-registration', 'es', 1, false, 57.7, 'Nadie contesta el teléfono.'],
]

export const SERVICE_SURVEYS: ServiceSurveySeed[] = rows.map(([mission, service, locale, rating, resolved, daysAgo, comment]) => ({
  mission, service, locale, rating, resolved, daysAgo, ...(comment ? { comment } : {}),
}))
