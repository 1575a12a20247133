import { absoluteUrl, sitePaths } from '../../src/content/sitePaths'
import { html, trustedHtml, type SafeHtml } from '../html/html'
import { jsonLdScript } from '../html/jsonLd'
import { messagesFor } from '../i18n'
import { brandCss } from './brand'
import type { PageFrame } from './frame'
import type { Linker } from './links'

export function documentTitle(frame: PageFrame): string {
  return frame.path === sitePaths.home(frame.site.locale) ? frame.site.mission.name : `${frame.title} — ${frame.site.mission.name}`
}

function alternates(frame: PageFrame): SafeHtml {
  const { mission } = frame.site
  const pathIn = frame.pathIn
  if (!pathIn) return html``
  const url = (path: string) => absoluteUrl(mission.baseUrl, path)
  return html`${mission.siteLocales.map((locale) => html`
<link rel="alternate" hreflang="${locale}" href="${url(pathIn(locale))}">`)}
<link rel="alternate" hreflang="x-default" href="${url(pathIn(mission.defaultLocale))}">`
}

function openGraph(frame: PageFrame, canonical: string): SafeHtml {
  const image = frame.image
  return html`
<meta property="og:type" content="${frame.ogType ?? 'website'}">
<meta property="og:site_name" content="${frame.site.mission.name}">
<meta property="og:title" content="${frame.title}">
<meta property="og:description" content="${frame.description}">
<meta property="og:url" content="${canonical}">${image && html`
<meta property="og:image" content="${image.src}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">`}`
}

/** The <head>: metadata, alternates, feeds, stylesheet, brand tokens and structured data. */
export function head(frame: PageFrame, link: Linker): SafeHtml {
  const { site } = frame
  const t = messagesFor(site.locale)
  const canonical = absoluteUrl(site.mission.baseUrl, frame.path)
  const feed = (path: string) => absoluteUrl(site.mission.baseUrl, path)
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(frame)}</title>
<meta name="description" content="${frame.description}">${frame.notFound || frame.servedByCms
    ? html`
<meta name="robots" content="noindex">`
    : html`
<link rel="canonical" href="${canonical}">${alternates(frame)}${openGraph(frame, canonical)}`}
<link rel="alternate" type="application/rss+xml" title="${t.feeds.rss}" href="${feed(sitePaths.rss(site.locale))}">
<link rel="alternate" type="application/feed+json" title="${t.feeds.jsonFeed}" href="${feed(sitePaths.jsonFeed(site.locale))}">
<link rel="stylesheet" href="${link(`${sitePaths.assets}site.css`)}">
<style>${trustedHtml(brandCss(site.ministry.brand))}</style>${(frame.scripts ?? []).map((script) => html`
<script src="${link(script)}" defer></script>`)}${(frame.jsonLd ?? []).map((data) => html`
${jsonLdScript(data)}`)}
</head>`
}
