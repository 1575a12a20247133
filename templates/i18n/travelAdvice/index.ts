import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { TravelAdviceMessages } from './messages'
import { zh } from './zh'

export type { TravelAdviceMessages } from './messages'

const MESSAGES: Record<LocaleCode, TravelAdviceMessages> = { es, en, fr, zh, ar }

export const travelAdviceMessagesFor = (locale: LocaleCode): TravelAdviceMessages => MESSAGES[locale]
