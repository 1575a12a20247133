import type { LocaleCode } from '../../../../src/config/locales'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { AppointmentMailMessages } from './messages'
import { zh } from './zh'

export type { AppointmentMailMessages } from './messages'

const MESSAGES: Record<LocaleCode, AppointmentMailMessages> = { es, en, fr, zh, ar }

/** The appointment e-mails' strings in one locale. */
export const appointmentMailMessagesFor = (locale: LocaleCode): AppointmentMailMessages => MESSAGES[locale]
