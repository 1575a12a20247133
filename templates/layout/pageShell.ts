import { alertPaths } from '../../src/alerts/alertPaths'
import { isMinistrySite } from '../../src/content/atlasPaths'
import { isIndexedPage } from '../../src/search/searchPaths'
import { alertsRegion, showsAlertsStatically } from '../alerts/alertsRegion'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import type { MainContent, PageFrame } from './frame'
import { head } from './head'
import { absoluteLinker, relativeLinker } from './links'
import { siteFooter } from './siteFooter'
import { siteHeader } from './siteHeader'

/** The one document every page is: same head, header, navigation and footer; only `main` varies. */
export function pageShell(frame: PageFrame, main: MainContent): string {
  const { site } = frame
  const link = frame.notFound || frame.servedByCms ? absoluteLinker(site.mission.baseUrl) : relativeLinker(frame.path, site.mission.baseUrl)
  // Alerts on a mission's own pages: in the HTML of home and contact, on every page through the script.
  const alerts = !frame.servedByCms && !isMinistrySite(site)
  const withScripts = alerts ? { ...frame, scripts: [...(frame.scripts ?? []), alertPaths.script] } : frame
  // The site's search indexes this page's main content only (src/search): never its header,
  // navigation or footer, nor a page the CMS answers, the 404 page or a list of other pages.
  const searchable = !frame.notFound && !frame.servedByCms && isIndexedPage(frame.path)
  return html`<!doctype html>
<html lang="${site.locale}" dir="${site.dir}">
${head(withScripts, link)}
<body>
<a class="skip-link" href="#main">${messagesFor(site.locale).skipToContent}</a>
${siteHeader(frame, link)}
<main id="main" class="main"${searchable && html` data-pagefind-body`}>${alerts && html`
${alertsRegion(site, showsAlertsStatically(site, frame.path) ? (site.alerts ?? []) : [], link)}`}
${main(link)}
</main>
${siteFooter(frame, link)}
</body>
</html>
`.value
}
