import type { MissionType } from '../../collections/Missions/officeTypes'
import type { MissionPageView } from '../../src/content/viewModels'

/** Service categories, as stored (collections/Services.ts); a test keeps the two lists in step. */
export const SERVICE_CATEGORY_KEYS = [
  'passports', 'civil-registry', 'visas', 'legalisations', 'registration',
  'voting', 'assistance', 'mobile-consulate', 'notarial', 'other',
] as const
export type ServiceCategory = (typeof SERVICE_CATEGORY_KEYS)[number]

/**
 * Every interface string of a mission site. Each locale file is typed `Messages`, so a
 * missing or misspelt key is a compile error, not a blank on a live site.
 */
export type Messages = {
  skipToContent: string
  primaryNavigation: string
  languageNavigation: string
  breadcrumb: string
  nav: { home: string; news: string; services: string; contact: string; social: string; atlas: string }
  missionPages: Record<MissionPageView['kind'], string>
  missionTypes: Record<MissionType, string>
  serviceCategories: Record<ServiceCategory, string>
  audiences: { nationals: string; foreigners: string }
  feeds: { rss: string; jsonFeed: string }
  relatedBodies: string
  sampleData: string
  home: { latestNews: string; keyServices: string; openingToday: string; closedToday: string; noHoursToday: string; emergency: string; emergencyHelp: string; allNews: string; allServices: string }
  news: { title: string; /** An archive page's name (1 = the oldest releases). */ archivePage: (page: number) => string; newer: string; older: string; pagination: string; published: string; updated: string; topics: string; empty: string; from: string }
  services: { title: string; intro: string; audience: string; requirements: string; fee: string; free: string; processingTime: string; bookAppointment: string; updated: string; empty: string }
  /** Booking through the CMS, on a service page and the home page; the date is the build's. */
  appointments: {
    title: string
    /** Followed by the date. */
    nextAvailable: string
    noneAvailable: string
    /** Why the date may already be out of date. */
    asOfBuild: string
    homeIntro: string
  }
  contact: { title: string; mainOffice: string; address: string; phones: string; emergency: string; email: string; contactForm: string; openingHours: string; closures: string; access: string; map: string; mapLink: (office: string) => string; headOfMission: string; jurisdiction: string }
  social: { title: string; intro: string; empty: string }
  notFound: { title: string; body: string; backHome: string }
  /** The ministry site's social-media atlas and its open data. */
  atlas: {
    title: string
    intro: string
    platformTitle: (platform: string) => string
    platformIntro: (platform: string) => string
    filter: string
    allPlatforms: string
    bodies: string
    byCountry: string
    noAccounts: string
    closed: string
    /** Shown by the optional script: a search box over the listed missions. */
    search: string
    /** "{count}" is replaced by the number of missions still shown. */
    shown: string
    openData: string
    openDataIntro: string
    atlasData: string
    missionsData: string
  }
}
