import type { ImageView, LocaleCode, MissionPageView, MissionSiteView } from '../../src/content/viewModels'
import type { SafeHtml } from '../html/html'
import type { Linker } from './links'

export type NavKey = 'home' | 'news' | 'services' | 'contact' | 'social' | 'atlas' | MissionPageView['kind'] | 'search' | 'blog'

/** What the page shell needs to know about one page, besides its main content. */
export type PageFrame = {
  site: MissionSiteView
  /** This page's site path (sitePaths). */
  path: string
  /** The same page in another served locale; the language switcher and hreflang use it. Null: no localized twin (the 404 page). */
  pathIn: ((locale: LocaleCode) => string) | null
  /** The page's own title; the shell appends the mission's name for <title>. */
  title: string
  description: string
  /** The navigation item this page belongs to, marked aria-current. */
  section: NavKey | null
  ogType?: 'website' | 'article'
  image?: ImageView | null
  /** schema.org objects, each written as one JSON-LD script. */
  jsonLd?: object[]
  /** The 404 page is served at any URL, so it links absolutely and asks not to be indexed. */
  notFound?: boolean
  /**
   * Answered by the CMS on its own origin (a form sent back with its errors, the "received"
   * page): links absolutely to the mission's site, never indexed, no canonical of its own.
   */
  servedByCms?: boolean
  /** Site paths of scripts the page loads (deferred): the forms' optional script. */
  scripts?: string[]
}

/** A page's main content, given how to link from this page. */
export type MainContent = (link: Linker) => SafeHtml
