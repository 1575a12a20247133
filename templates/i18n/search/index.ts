import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { SearchMessages } from './messages'
import { zh } from './zh'

export type { SearchMessages } from './messages'

const MESSAGES: Record<LocaleCode, SearchMessages> = { es, en, fr, zh, ar }

/** The search page's strings (and the navigation's item) in one locale. */
export const searchMessagesFor = (locale: LocaleCode): SearchMessages => MESSAGES[locale]
