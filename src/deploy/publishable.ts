import fs from 'node:fs'
import path from 'node:path'

/** A file of the sites folder as published: its path below the folder, `/`-separated, and where to read it. */
export type PublishableFile = { path: string; file: string }

/** Dot-files and dot-folders (the build's `.chancery/` state above all) are never published. */
export const isHidden = (sitePath: string): boolean => sitePath.split('/').some((segment) => segment.startsWith('.'))

/**
 * Every file a reader may be served from the sites folder, sorted by path. Each site
 * (`<sites>/<site>`, a symbolic link to its live copy under `.chancery/`) is resolved once, so
 * all its files are read from the one copy that was live when the listing started, even if a
 * build swaps the link meanwhile. Below a site, symbolic links are not followed: the writer
 * makes none, and one would lead outside what was built.
 */
export function listPublishable(sitesDir: string): PublishableFile[] {
  if (!fs.existsSync(sitesDir)) {
    throw new Error(`The sites folder ${sitesDir} does not exist: build the sites first (npm run build:sites) or set SITES_DIR`)
  }
  if (!fs.statSync(sitesDir).isDirectory()) throw new Error(`The sites folder ${sitesDir} is not a folder (SITES_DIR)`)
  const found: PublishableFile[] = []
  for (const entry of fs.readdirSync(sitesDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(sitesDir, entry.name)
    const real = entry.isSymbolicLink() ? realOrNull(full) : full
    if (real === null) continue // a link to nothing: a site being removed
    const stat = fs.statSync(real)
    if (stat.isDirectory()) walk(real, entry.name, found)
    else if (stat.isFile()) found.push({ path: entry.name, file: real })
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function walk(dir: string, prefix: string, found: PublishableFile[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    const sitePath = `${prefix}/${entry.name}`
    if (entry.isDirectory()) walk(full, sitePath, found)
    else if (entry.isFile()) found.push({ path: sitePath, file: full })
  }
}

function realOrNull(link: string): string | null {
  try {
    return fs.realpathSync(link)
  } catch {
    return null
  }
}
