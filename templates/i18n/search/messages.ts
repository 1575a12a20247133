/**
 * The search page's strings. Those the script shows (`script`) carry placeholders in braces
 * ({query}, {count}) that it fills in with textContent, never as HTML.
 */
export type SearchMessages = {
  /** The primary navigation's item, on every page. */
  nav: string
  title: string
  description: string
  /** Above the box: what the search covers (this site, in this language). */
  intro: string
  label: string
  hint: string
  submit: string
  /** The links every visitor gets, and the only way through without JavaScript. */
  browse: string
  /** Shown until the script has set the search box up (never, without JavaScript). */
  noScript: string
  newsIndex: string
  servicesIndex: string
  sitemap: string
  script: {
    searching: string
    /** The number of results for the words typed ({count}, {query}). */
    results: string
    none: string
    /** The index or Pagefind's script could not be loaded. */
    failed: string
    more: string
  }
}
