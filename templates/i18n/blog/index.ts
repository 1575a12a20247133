import type { LocaleCode } from '../../../src/content/viewModels'
import { ar } from './ar'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import type { BlogMessages } from './messages'
import { zh } from './zh'

export type { BlogMessages } from './messages'

const MESSAGES: Record<LocaleCode, BlogMessages> = { es, en, fr, zh, ar }

/** The blog's strings (and the navigation's item) in one locale. */
export const blogMessagesFor = (locale: LocaleCode): BlogMessages => MESSAGES[locale]
