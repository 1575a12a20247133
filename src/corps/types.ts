import type { Corps, CorpsKind, HeadClass } from './kinds'

/** One social account of a foreign mission, in its platform's canonical form (src/social). */
export type CorpsAccountView = { platform: string; platformName: string; url: string; handle: string | null }

/**
 * One published entry of the accredited corps as a page shows it in one language. Text is in
 * that language, else in Spanish (the network's default); dates are ISO 8601.
 */
export type CorpsEntryView = {
  id: string
  kind: CorpsKind
  corps: Corps
  /** ISO 3166-1 alpha-2 of the sending state, upper case; null for an organisation. */
  sendingState: string | null
  /** The organisation's name (delegations and international organisations); empty for a state. */
  organisation: string
  /** The organisation's acronym (UNDP, PNUD), empty if none. */
  acronym: string
  address: { street: string; postalCode: string; city: string }
  head: {
    name: string
    title: string
    /** Null when the entry does not state it: then it ranks after every head whose class is stated. */
    class: HeadClass | null
    /** When the head presented credentials (consular posts: the exequatur; organisations: accreditation). */
    credentialsDate: string | null
  }
  phone: string | null
  /** The mission's official address; the collection holds no one's personal address. */
  email: string | null
  website: string | null
  accounts: CorpsAccountView[]
  /** MM-DD. */
  nationalDay: string | null
  sampleData: boolean
  updatedAt: string
}
