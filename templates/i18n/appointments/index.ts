import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { AppointmentMessages } from './messages'
import { zh } from './zh'

export type { AppointmentMessages, ScheduleLimits } from './messages'

const MESSAGES: Record<LocaleCode, AppointmentMessages> = { es, en, fr, zh, ar }

/** The booking flow's strings in one locale. */
export const appointmentMessagesFor = (locale: LocaleCode): AppointmentMessages => MESSAGES[locale]
