/**
 * The nearest-office page's strings. Those the script shows carry placeholders in braces
 * ({place}, {query}, {km}) that it fills in with textContent, never as HTML.
 */
export type NearestOfficeMessages = {
  title: string
  description: string
  /** Above the list by country: what it is, and that the page can sort it by distance. */
  intro: string
  byCountry: string
  finder: {
    heading: string
    cityLabel: string
    cityHint: string
    submit: string
    useLocation: string
    locating: string
    nearestToPlace: string
    nearestToYou: string
    notFound: string
    locationFailed: string
    loadFailed: string
    distance: string
  }
  contact: string
  /** The contact page's link to this page. */
  linkFromContact: string
}
