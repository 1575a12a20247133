import { sitePaths } from '../../src/content/sitePaths'
import { emergencyNumber } from '../components/emergencyPanel'
import { phoneLink } from '../components/phoneLink'
import { html, type SafeHtml } from '../html/html'
import { alertMessagesFor } from '../i18n/alerts'
import { messagesFor } from '../i18n'
import type { PageFrame } from './frame'
import { languageSwitcher } from './languageSwitcher'
import type { Linker } from './links'
import { primaryNav } from './primaryNav'

/** Emblem, ministry and mission names (one link home), the language switcher and the primary navigation. */
export function siteHeader(frame: PageFrame, link: Linker): SafeHtml {
  const { site } = frame
  const { ministry, mission } = site
  const t = messagesFor(site.locale)
  const emblem = ministry.emblem
  // The mission's 24-hour number on every page, not only the home page: what a national in trouble looks for.
  const emergency = emergencyNumber(mission.offices)
  return html`<header class="site-header">
<div class="site-header__inner">
<a class="site-header__brand" href="${link(sitePaths.home(site.locale))}">${emblem && html`<img class="site-header__emblem" src="${link.url(emblem.src)}" width="${emblem.width}" height="${emblem.height}" alt="">`}
<span class="site-header__names"><span class="site-header__ministry">${ministry.name}</span>
<span class="site-header__mission">${mission.name}</span></span></a>
${languageSwitcher(frame, link)}${emergency && html`
<p class="site-header__emergency">${alertMessagesFor(site.locale).emergency}: ${phoneLink(emergency)}</p>`}
</div>
${primaryNav(site, frame.section, link)}
</header>${mission.sampleData && html`
<p class="sample-notice">${t.sampleData}</p>`}`
}
