import type { MissionType } from '../../../../collections/Missions/officeTypes'
import type { LocaleCode } from '../../../config/locales'
import type { Localized } from '../../localized'

export type HeadTitle = 'ambassador' | 'consul-general' | 'consul' | 'permanent-representative'

export type OfficeSite = {
  /** Invented and marked as such: every street ends in "(sample data)". */
  street: string
  postalCode: string
  /** City-centre coordinates, which are real; the street is not. */
  latitude: number
  longitude: number
}

export type MissionSeed = {
  slug: string
  type: MissionType
  /** ISO 3166-1 alpha-2 of the host country. */
  country: string
  /** Slug of the embassy a consulate reports to. */
  parent?: string
  status?: 'open' | 'closed'
  /** Languages of the mission's site; Spanish first, it is every mission's default. */
  locales: LocaleCode[]
  name: Localized
  city: Localized
  jurisdiction: { country: string; region?: Localized }[]
  head: HeadTitle
  dialCode: string
  /** IANA zone of the city (Canberra keeps Sydney's clock): what "today" and "09:00" mean for its appointments. */
  timeZone: string
  office: OfficeSite
  /** Embassies receive the public at a separate consular section. */
  consularSection?: OfficeSite
  /** Invented X handle; the atlas needs one account per mission at least. */
  xHandle: string
}
