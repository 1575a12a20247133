import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** What a site's index says of itself: one entry per language it holds. */
export type PagefindEntry = { version: string; languages: Record<string, { hash: string; page_count: number }> }

export type Fragment = { url: string; content: string; meta: Record<string, string> }

export const indexDir = (out: string, site: string) => path.join(out, site, 'pagefind')

export function pagefindEntry(out: string, site: string): PagefindEntry {
  return JSON.parse(fs.readFileSync(path.join(indexDir(out, site), 'pagefind-entry.json'), 'utf8'))
}

// Pagefind's files are gzip of a marker followed by the data.
const MARKER = 'pagefind_dcd'

/** Every page the index holds (one fragment file each), as Pagefind's search shows it. */
export function fragments(out: string, site: string): (Fragment & { file: string })[] {
  const dir = path.join(indexDir(out, site), 'fragment')
  return fs.readdirSync(dir).map((name) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8')
    if (!text.startsWith(MARKER)) throw new Error(`${name} is not a Pagefind fragment`)
    return { ...(JSON.parse(text.slice(MARKER.length)) as Fragment), file: path.join(dir, name) }
  })
}

/** Every file under a folder, relative to it (through the site's link). */
export function filesUnder(dir: string): string[] {
  const found: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else found.push(path.relative(dir, full))
    }
  }
  walk(dir)
  return found.sort()
}

/** The pages of a site the page shell marked for the index, by language. */
export function markedPages(out: string, site: string): Record<string, string[]> {
  const root = path.join(out, site)
  const byLanguage: Record<string, string[]> = {}
  for (const file of filesUnder(root).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    const html = fs.readFileSync(path.join(root, file), 'utf8')
    if (!/<main [^>]*data-pagefind-body/.test(html)) continue
    const lang = html.match(/<html lang="([^"]+)"/)![1]
    ;(byLanguage[lang] ??= []).push(file)
  }
  return byLanguage
}

export const inode = (file: string) => fs.statSync(file).ino
