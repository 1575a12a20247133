import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { checkPlan, type SitePlan } from './outputPlan'

export type WriteSummary = {
  site: string
  written: number
  unchanged: number
  deleted: number
  /** Site paths written or deleted by this build (what readers and hubs need to hear about). */
  changed: string[]
}

type Manifest = Record<string, string>

const STATE = '.chancery'

/**
 * Writes one site so that readers only ever see a complete version of it.
 *
 * `OUT/<site>` is a symbolic link to `OUT/.chancery/<site>/<version>`. A new version is
 * assembled beside the current one — unchanged files are hard links to the current ones,
 * so their bytes, inode and mtime (and the ETag a static server derives) stay the same —
 * and the link is then replaced with one atomic rename. A build killed at any moment
 * leaves the previous version in place; its leftovers are removed by the next build.
 * Nothing is touched when no file changed.
 */
export type WriteOptions = {
  /** Files of the live version that are not in the plan but must stay (a build limited to some locales). */
  preserve?: (path: string) => boolean
  /** Rewrite every file even when its bytes did not change (`--full`). */
  full?: boolean
}

export function writeSite(outDir: string, plan: SitePlan, options: WriteOptions = {}): WriteSummary {
  checkPlan(plan)
  const stateDir = path.join(outDir, STATE, plan.site)
  fs.mkdirSync(stateDir, { recursive: true })
  const link = path.join(outDir, plan.site)
  const current = currentVersion(link)
  removeLeftovers(stateDir, current)

  const previous: Manifest = current ? readManifest(stateDir, current) : {}
  const next: Manifest = {}
  const changed: typeof plan.files = []
  for (const file of plan.files) {
    const hash = createHash('sha1').update(file.contents).digest('hex')
    next[file.path] = hash
    if (options.full || previous[file.path] !== hash) changed.push(file)
  }
  const kept = options.preserve ? Object.keys(previous).filter((p) => !(p in next) && options.preserve!(p)) : []
  for (const p of kept) next[p] = previous[p]
  const deleted = Object.keys(previous).filter((p) => !(p in next))
  const summary = {
    site: plan.site,
    written: changed.length,
    unchanged: plan.files.length - changed.length,
    deleted: deleted.length,
    changed: [...changed.map((f) => f.path), ...deleted],
  }
  if (current && changed.length === 0 && deleted.length === 0) return summary

  const version = `${Date.now().toString(36)}-${process.pid.toString(36)}-${randomBytes(3).toString('hex')}`
  const versionDir = path.join(stateDir, version)
  const changedPaths = new Set(changed.map((f) => f.path))
  const made = new Set<string>()
  const place = (relative: string) => {
    const target = path.join(versionDir, relative)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    return target
  }
  for (const p of Object.keys(next)) {
    if (current && !changedPaths.has(p)) fs.linkSync(path.join(stateDir, current, p), place(p))
  }
  for (const file of changed) fs.writeFileSync(place(file.path), file.contents)
  fs.writeFileSync(path.join(stateDir, `${version}.manifest.json`), JSON.stringify(next))

  // Replacing a symlink by rename is atomic: readers see the old version or the new one.
  const tempLink = path.join(outDir, STATE, `${plan.site}.link-${version}`)
  fs.symlinkSync(path.relative(outDir, versionDir), tempLink, 'dir')
  if (fs.existsSync(link) && !fs.lstatSync(link).isSymbolicLink()) {
    throw new Error(`${link} exists and was not written by Chancery; move it away and build again.`)
  }
  fs.renameSync(tempLink, link)
  if (current) removeVersion(stateDir, current)
  return summary
}

function currentVersion(link: string): string | null {
  try {
    return path.basename(fs.readlinkSync(link))
  } catch {
    return null
  }
}

function readManifest(stateDir: string, version: string): Manifest {
  try {
    return JSON.parse(fs.readFileSync(path.join(stateDir, `${version}.manifest.json`), 'utf8')) as Manifest
  } catch {
    // A version without its manifest cannot be trusted for comparison: rewrite everything.
    return {}
  }
}

/** Versions a killed build left behind: anything that is not the live one. */
function removeLeftovers(stateDir: string, live: string | null): void {
  for (const entry of fs.readdirSync(stateDir)) {
    const version = entry.replace(/\.manifest\.json$/, '')
    if (version !== live) fs.rmSync(path.join(stateDir, entry), { recursive: true, force: true })
  }
  const linkDir = path.dirname(stateDir)
  for (const entry of fs.readdirSync(linkDir)) {
    if (entry.startsWith(`${path.basename(stateDir)}.link-`)) fs.rmSync(path.join(linkDir, entry), { force: true })
  }
}

function removeVersion(stateDir: string, version: string): void {
  fs.rmSync(path.join(stateDir, version), { recursive: true, force: true })
  fs.rmSync(path.join(stateDir, `${version}.manifest.json`), { force: true })
}

/** Removes a site that is no longer planned (a mission that was deleted). */
export function removeSite(outDir: string, site: string): void {
  const link = path.join(outDir, site)
  if (fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink()) fs.rmSync(link)
  fs.rmSync(path.join(outDir, STATE, site), { recursive: true, force: true })
}
