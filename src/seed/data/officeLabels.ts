import type { Localized } from '../localized'
import type { HeadTitle } from './missions'

/** The words every office record repeats, in each language a mission may serve. */
export const OFFICE_LABELS = {
  chancery: { es: 'Cancillería', en: 'Chancery', fr: 'Chancellerie', zh: '大使馆办公室', ar: 'مقر السفارة' },
  consularSection: { es: 'Sección consular', en: 'Consular section', fr: 'Section consulaire', zh: '领事部', ar: 'القسم القنصلي' },
  consularOffice: { es: 'Oficina consular', en: 'Consular office', fr: 'Bureau consulaire', zh: '领事办公室', ar: 'المكتب القنصلي' },
  missionOffice: { es: 'Sede de la misión', en: 'Mission office', fr: 'Siège de la mission', zh: '代表团办公室', ar: 'مقر البعثة' },
  switchboard: { es: 'Centralita', en: 'Switchboard', fr: 'Standard', zh: '总机', ar: 'المقسم' },
  appointments: { es: 'Citas consulares', en: 'Consular appointments', fr: 'Rendez-vous consulaires', zh: '领事预约', ar: 'المواعيد القنصلية' },
  byAppointment: { es: 'Atención al público con cita previa', en: 'Public service by appointment', fr: 'Accueil du public sur rendez-vous', zh: '对外服务须预约', ar: 'استقبال الجمهور بموعد مسبق' },
  access: {
    es: 'Acceso sin escalones por la entrada principal.',
    en: 'Step-free access through the main entrance.',
    fr: 'Accès de plain-pied par l’entrée principale.',
    zh: '正门设有无障碍通道。',
    ar: 'مدخل رئيسي من دون درج.',
  },
} satisfies Record<string, Localized>

/** Days the offices close, given as month and day; the seed dates them in the coming year. */
export const CLOSURES: { monthDay: string; reason: Localized }[] = [
  { monthDay: '12-25', reason: { es: 'Navidad', en: 'Christmas Day', fr: 'Noël', zh: '圣诞节', ar: 'عيد الميلاد' } },
  { monthDay: '01-01', reason: { es: 'Año Nuevo', en: 'New Year’s Day', fr: 'Jour de l’an', zh: '元旦', ar: 'رأس السنة الميلادية' } },
  {
    monthDay: '08-10',
    reason: { es: 'Primer Grito de Independencia', en: 'Ecuador’s Independence Day', fr: 'Fête de l’indépendance de l’Équateur', zh: '厄瓜多尔独立日', ar: 'عيد استقلال الإكوادور' },
  },
]

export const HEAD_TITLES: Record<HeadTitle, Localized> = {
  ambassador: { es: 'Embajador', en: 'Ambassador', fr: 'Ambassadeur', zh: '大使', ar: 'السفير' },
  'consul-general': { es: 'Cónsul general', en: 'Consul-General', fr: 'Consul général', zh: '总领事', ar: 'القنصل العام' },
  consul: { es: 'Cónsul', en: 'Consul', fr: 'Consul', zh: '领事', ar: 'القنصل' },
  'permanent-representative': { es: 'Representante permanente', en: 'Permanent Representative', fr: 'Représentant permanent', zh: '常驻代表', ar: 'المندوب الدائم' },
}

/** Head-of-mission names are not facts we hold: one visibly invented name for all. */
export const SAMPLE_HEAD_NAME = 'Sample Name (sample data)'
