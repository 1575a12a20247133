import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'
import { ministryMessagesFor } from './messages'

export type FeedListing = { mission: string; country: string; rss: string; json: string; language: string }

/** One travel advice feed: every change, the major ones, or one country's major changes. */
export type TravelAdviceFeedListing = { label: string; rss: string; json: string }

export type FeedsParams = {
  site: MissionSiteView; opmlUrl: string; networkRss: string; networkJson: string; feeds: FeedListing[]
  /** The ministry's travel advice feeds in this language, with their heading; none leaves the section out. */
  travelAdvice?: { heading: string; feeds: TravelAdviceFeedListing[] }
}

/** Every feed of the network, and the OPML file that subscribes an aggregator to all of them in one step. */
export function feedsPage({ site, opmlUrl, networkRss, networkJson, feeds, travelAdvice }: FeedsParams): string {
  const t = messagesFor(site.locale)
  const m = ministryMessagesFor(site.locale)
  const { locale } = site
  return pageShell(
    { site, path: `${locale}/feeds/`, pathIn: (other) => `${other}/feeds/`, section: null, title: m.feedsTitle, description: m.feedsIntro },
    () => html`<h1>${m.feedsTitle}</h1>
<p class="lead">${m.feedsIntro}</p>
<p><a href="${opmlUrl}" type="text/x-opml">${m.opml}</a></p>
<p>${m.networkFeed}: <a href="${networkRss}" type="application/rss+xml">${t.feeds.rss}</a> · <a href="${networkJson}" type="application/feed+json">${t.feeds.jsonFeed}</a></p>
<table>
<thead><tr><th scope="col">${m.country}</th><th scope="col">${m.mission}</th><th scope="col">${t.feeds.rss}</th><th scope="col">${t.feeds.jsonFeed}</th></tr></thead>
<tbody>${feeds.map((f) => html`
<tr><td>${f.country}</td><td>${f.mission} <span lang="${f.language}">(${f.language})</span></td><td><a href="${f.rss}">RSS</a></td><td><a href="${f.json}">JSON</a></td></tr>`)}
</tbody>
</table>${travelAdvice && travelAdvice.feeds.length > 0 && html`
<h2>${travelAdvice.heading}</h2>
<ul>${travelAdvice.feeds.map((f) => html`
<li>${f.label}: <a href="${f.rss}" type="application/rss+xml">${t.feeds.rss}</a> · <a href="${f.json}" type="application/feed+json">${t.feeds.jsonFeed}</a></li>`)}
</ul>`}`,
  )
}
