import fs from 'node:fs/promises'
import path from 'node:path'

import { resolveSiteFile } from './staticFiles'

export type SitesListing = { sites: { site: string; locales: string[] }[]; files: string[] }

/** What `/sites/` lists: every site with the locales that have a home page, and top-level files (feeds.opml). */
export async function listSites(outDir: string): Promise<SitesListing> {
  const listing: SitesListing = { sites: [], files: [] }
  let entries: string[]
  try {
    entries = (await fs.readdir(outDir)).filter((name) => !name.startsWith('.')).sort()
  } catch {
    return listing
  }
  for (const name of entries) {
    const top = await resolveSiteFile(outDir, `/${encodeURIComponent(name)}`)
    if (top.kind === 'file') listing.files.push(name)
    if (top.kind !== 'missing') continue
    const locales: string[] = []
    for (const locale of await readdirOrEmpty(path.join(outDir, name))) {
      if (locale.startsWith('.')) continue
      const home = await resolveSiteFile(outDir, `/${encodeURIComponent(name)}/${encodeURIComponent(locale)}/`)
      if (home.kind === 'file') locales.push(locale)
    }
    if (locales.length > 0) listing.sites.push({ site: name, locales: locales.sort() })
  }
  return listing
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch {
    return []
  }
}

/** A bare page of links; names come from the file system, so every one is escaped. */
export function renderSitesListing(listing: SitesListing, mount: string): string {
  const href = (...parts: string[]) => escapeHtml(`${mount}/${parts.map(encodeURIComponent).join('/')}`)
  const sites = listing.sites.map(
    ({ site, locales }) =>
      `<li>${escapeHtml(site)}: ${locales.map((locale) => `<a href="${href(site, locale)}/" hreflang="${escapeHtml(locale)}">${escapeHtml(locale)}</a>`).join(' ')}</li>`,
  )
  const files = listing.files.map((file) => `<li><a href="${href(file)}">${escapeHtml(file)}</a></li>`)
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Generated sites</title></head>',
    '<body><main>',
    '<h1>Generated sites</h1>',
    sites.length > 0 ? `<ul>${sites.join('')}</ul>` : '<p>No site has been generated yet: run <code>npm run build:sites</code>.</p>',
    files.length > 0 ? `<h2>Network files</h2><ul>${files.join('')}</ul>` : '',
    '</main></body>',
    '</html>',
    '',
  ].join('\n')
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
