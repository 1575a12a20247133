import type { LocaleCode } from '../../config/locales'

export type AlertSeed = {
  key: string
  severity: 'information' | 'warning' | 'critical'
  /** Days from the seed's "now": negative is in the past. */
  startsInDays: number
  expiresInDays: number
  scope: 'network' | 'selected'
  countries: string[]
  title: Partial<Record<LocaleCode, string>>
  text: Partial<Record<LocaleCode, string>>
}

/** One alert already over (history only) and one in force on the missions in Spain: the demo shows both states. */
export const ALERTS: AlertSeed[] = [
  {
    key: 'elecciones-seccionales',
    severity: 'information', startsInDays: -20, expiresInDays: -5, scope: 'network', countries: [],
    title: { es: 'Elecciones seccionales: horario ampliado de los consulados', en: 'Local elections: consulates open longer' },
    text: { es: 'Los consulados abrieron también el sábado para la entrega de certificados de votación.', en: 'Consulates also opened on Saturday to hand out voting certificates.' },
  },
  {
    key: 'huelga-transportes-espana',
    severity: 'information', startsInDays: -1, expiresInDays: 30, scope: 'selected', countries: ['ES'],
    title: {
      es: 'Huelga de transportes en España: consulte su cita antes de viajar',
      en: 'Transport strike in Spain: check your appointment before travelling',
      fr: 'Grève des transports en Espagne : vérifiez votre rendez-vous avant de vous déplacer',
      ar: 'إضراب في وسائل النقل في إسبانيا: تحققوا من موعدكم قبل السفر',
    },
    text: {
      es: 'Las citas se mantienen. Si no puede llegar, cámbiela desde el enlace de su confirmación.',
      en: 'Appointments stand. If you cannot come, move yours from the link in your confirmation.',
      fr: 'Les rendez-vous sont maintenus. Si vous ne pouvez pas venir, déplacez le vôtre depuis le lien de votre confirmation.',
      ar: 'المواعيد قائمة. إذا تعذر عليكم الحضور، غيّروا موعدكم من الرابط الوارد في رسالة التأكيد.',
    },
  },
]
