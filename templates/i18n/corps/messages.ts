import type { CorpsKind, HeadClass } from '../../../src/corps/kinds'

/** Interface strings of the accredited corps pages on the ministry's site. */
export type CorpsMessages = {
  title: string
  intro: string
  byCountry: string
  precedence: string
  precedenceIntro: string
  /** The label of the links between the two views of the list. */
  views: string
  diplomaticCorps: string
  consularCorps: string
  organisations: string
  /** Why organisations are listed by name on the precedence page. */
  organisationsNote: string
  kinds: Record<CorpsKind, string>
  classes: Record<HeadClass, string>
  position: string
  head: string
  mission: string
  /** When a diplomatic head presented credentials / a consular head received the exequatur / an organisation's head was accredited. */
  credentials: string
  exequatur: string
  accredited: string
  /** No date stated yet. */
  pending: string
  address: string
  phone: string
  email: string
  website: string
  accounts: string
  nationalDay: string
  openData: string
  none: string
  /** Beside an entry whose details are invented demo data. */
  sampleEntry: string
  sampleNotice: string
}
