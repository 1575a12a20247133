import { sitePaths } from '../../src/content/sitePaths'
import { html, type SafeHtml } from '../html/html'
import { messagesFor } from '../i18n'
import { citizenMessagesFor } from '../i18n/citizen'
import type { PageFrame } from './frame'
import type { Linker } from './links'

/** Related bodies, the feeds in plain sight, and the ministry's footer text. */
export function siteFooter(frame: PageFrame, link: Linker): SafeHtml {
  const { site } = frame
  const { ministry } = site
  const t = messagesFor(site.locale)
  return html`<footer class="site-footer">
<div class="site-footer__inner">${ministry.relatedLinks.length > 0 && html`
<h2 class="site-footer__heading">${t.relatedBodies}</h2>
<ul class="site-footer__links">${ministry.relatedLinks.map((related) => html`
<li><a href="${related.url}">${related.label}</a></li>`)}
</ul>`}
<ul class="site-footer__citizen">
${site.citizen.forms && html`<li><a href="${link(`${sitePaths.contact(site.locale)}#enquiry`)}">${citizenMessagesFor(site.locale).footer.contactForm}</a></li>`}
<li><a href="${link(sitePaths.charter(site.locale))}">${citizenMessagesFor(site.locale).footer.charter}</a></li>
<li><a href="${link(sitePaths.privacy(site.locale))}">${citizenMessagesFor(site.locale).footer.privacy}</a></li>
</ul>
<ul class="site-footer__feeds">
<li><a href="${link(sitePaths.rss(site.locale))}" type="application/rss+xml">${t.feeds.rss}</a></li>
<li><a href="${link(sitePaths.jsonFeed(site.locale))}" type="application/feed+json">${t.feeds.jsonFeed}</a></li>
</ul>
<p class="site-footer__text">${ministry.footerText}</p>
<p class="site-footer__ministry">${ministry.name}</p>
</div>
</footer>`
}
