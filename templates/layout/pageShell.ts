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
  return html`<!doctype html>
<html lang="${site.locale}" dir="${site.dir}">
${head(frame, link)}
<body>
<a class="skip-link" href="#main">${messagesFor(site.locale).skipToContent}</a>
${siteHeader(frame, link)}
<main id="main" class="main">
${main(link)}
</main>
${siteFooter(frame, link)}
</body>
</html>
`.value
}
