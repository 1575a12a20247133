import type { BlogPostView } from '../blog/blogView'
/**
 * The boundary between stored content and the templates: plain, typed, already localized
 * data. The loader (src/content) builds these from published content; templates and feed
 * renderers are pure functions of them. Dates are ISO 8601 strings; HTML fields (`…Html`)
 * are already sanitized and carry absolute URLs; every other string is raw text that the
 * writer of the output must escape.
 */
import type { LocaleCode } from '../config/locales'
import type { TextLanguages } from './localize'
import type { TravelAdviceSummaryView } from './travelAdviceView'

export type { LocaleCode }

export type Direction = 'ltr' | 'rtl'

export type BrandView = {
  primary: string
  secondary: string
  accent: string
  text: string
  headingFont: string
  bodyFont: string
}

export type LinkView = { label: string; url: string }

export type ImageView = {
  /** Fallback image URL (absolute). */
  src: string
  width: number
  height: number
  alt: string
  mimeType: string
  /** Byte length of the fallback file (RSS enclosures need it). */
  bytes: number
  /** Modern formats, best first, e.g. AVIF then WebP. */
  sources: { type: string; srcset: string }[]
}

export type MinistryView = {
  name: string
  shortName: string
  baseUrl: string
  emblem: ImageView | null
  brand: BrandView
  relatedLinks: (LinkView & { kind: string })[]
  footerText: string
  charterHtml: string
}

export type OpeningPeriodView = { days: string[]; opens: string; closes: string; note: string }

export type OfficeView = {
  name: string
  isMain: boolean
  address: { street: string; postalCode: string; city: string; country: string }
  latitude: number | null
  longitude: number | null
  phones: { label: string; number: string }[]
  emergencyPhone: string | null
  email: string | null
  contactFormUrl: string | null
  openingHours: OpeningPeriodView[]
  /** ISO dates (YYYY-MM-DD) on which the office is closed. */
  closures: { date: string; reason: string }[]
  access: string
  serviceSlugs: string[]
}

export type MissionSummaryView = {
  id: string
  slug: string
  name: string
  type: string
  hostCountry: string
  city: string
  status: 'open' | 'closed'
  baseUrl: string
}

export type MissionView = MissionSummaryView & {
  /** The CMS's booking flow for this mission, when it takes appointments for any service it shows; else null. */
  bookingUrl: string | null
  siteLocales: LocaleCode[]
  defaultLocale: LocaleCode
  headOfMission: { name: string; title: string }
  jurisdiction: { country: string; region: string }[]
  offices: OfficeView[]
  sampleData: boolean
  /** IANA time zone of the mission ("today" on its home page); absent or null: not set, the page shows the whole week. */
  timeZone?: string | null
}

export type TopicView = { slug: string; name: string }

export type ReleaseView = {
  /** The document id: stable across edits of title, slug and text (feed GUIDs use it). */
  id: string
  slug: string
  title: string
  summary: string
  bodyHtml: string
  publishedAt: string
  updatedAt: string
  heroImage: ImageView | null
  topics: TopicView[]
  /** Who published it: a mission, or null for the ministry. */
  origin: MissionSummaryView | null
  /** The texts shown in the mission's default language for want of a translation (absent: all in the page's). */
  textLanguages?: TextLanguages
}

export type ServiceView = {
  id: string
  slug: string
  title: string
  summary: string
  bodyHtml: string
  category: string
  audience: ('nationals' | 'foreigners')[]
  requirements: string[]
  fee: { amount: number; currency: string } | null
  processingTime: string
  /** Booking elsewhere (the ministry's or the mission's own system); shown only when there is no `booking`. */
  appointmentUrl: string | null
  /** Booking through the CMS, when an office of the mission has an active schedule for this service; else null. */
  booking: BookingView | null
  updatedAt: string
  /** The texts shown in the mission's default language for want of a translation (absent: all in the page's). */
  textLanguages?: TextLanguages
}

/**
 * Where to book a service at a mission and, as the build found it, the first day with a free
 * place: a fact of the build (the page is static), so the page says it may have changed.
 */
export type BookingView = {
  /** Absolute URL of the CMS's booking flow, the service chosen. */
  url: string
  /** Local date (YYYY-MM-DD, the mission's zone) of the earliest free place over its offices; null when none is free in the window. */
  nextDate: string | null
}

export type MissionPageView = {
  kind: 'about' | 'bilateral-relations' | 'trade-investment' | 'tourism' | 'culture' | 'study'
  title: string
  summary: string
  bodyHtml: string
  updatedAt: string
  /** The texts shown in the mission's default language for want of a translation (absent: all in the page's). */
  textLanguages?: TextLanguages
}

export type SocialAccountView = {
  platform: { slug: string; name: string }
  handle: string
  url: string
  title: string
  language: LocaleCode | null
}

/**
 * What a site needs to let citizens write and rate: where its forms post (the CMS, configured
 * per deployment), the network's enquiry topics, and the charter's commitments.
 */
export type CitizenView = {
  /** Whether the site carries the contact form and surveys: a mission's does; the ministry's site has no mission to write to. */
  forms: boolean
  /** Absolute URL of the contact form endpoint. */
  enquiryAction: string
  /** Absolute URL of the survey endpoint. */
  surveyAction: string
  topics: { slug: string; name: string }[]
  replyWithinWorkingDays: number
  commitments: string[]
  retentionDays: number
  /** Days after an appointment that its booking keeps the applicant's data (the privacy notice says so where the mission takes appointments). */
  bookingRetentionDays: number
}

/** Everything one mission's site needs in one language. */
export type MissionSiteView = {
  locale: LocaleCode
  dir: Direction
  ministry: MinistryView
  mission: MissionView
  /** Its own releases and the ministry's syndicated to it, newest first. */
  releases: ReleaseView[]
  services: ServiceView[]
  pages: MissionPageView[]
  accounts: SocialAccountView[]
  citizen: CitizenView
  /** The published travel advice of the countries the mission serves (its home page's panel). */
  travelAdvice?: TravelAdviceSummaryView[]
  /**
   * The alerts the site shows at the build's "now", gravest first (src/alerts). Absent: pages
   * rendered without a clock (previews, the CMS's answers), which show none in the page itself.
   */
  alerts?: AlertView[]
  /** The site's published blog posts, newest first (src/blog); none: no blog pages and no "Blog" link. */
  blogPosts?: BlogPostView[]
}

/** A published alert as a site shows it in one language (collections/Alerts). */
export type AlertView = {
  id: string
  severity: 'critical' | 'warning' | 'information'
  title: string
  text: string
  /** ISO 8601 instants: shown from startsAt (inclusive) to expiresAt (exclusive). */
  startsAt: string
  expiresAt: string
  updatedAt: string
}

/** One mission in the social-media atlas, with its accounts (those of one platform on a platform's page). */
export type AtlasMissionView = MissionSummaryView & {
  /** Its home page in the atlas's language, or in its default language when it does not serve that one. */
  homeUrl: string
  accounts: SocialAccountView[]
}

/** The social-media atlas in one language, whole or narrowed to one platform. */
export type AtlasView = {
  /** Every platform with at least one account in the network, by name, with how many missions use it. */
  platforms: { slug: string; name: string; missions: number; accounts: number }[]
  /** The platform this view is narrowed to, or null for every platform. */
  platform: { slug: string; name: string } | null
  /** The ministry's own accounts and related bodies', each under its owner's name. */
  bodies: { name: string; accounts: SocialAccountView[] }[]
  /** Missions by country (ISO 3166-1 alpha-2), countries by their name in this language. */
  countries: { code: string; name: string; missions: AtlasMissionView[] }[]
}
