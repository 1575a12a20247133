import { hash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { checkPlan, type PlannedFile, type SitePlan } from './outputPlan'

export type WriteSummary = {
  site: string
  written: number
  unchanged: number
  deleted: number
  /** Site paths written or deleted by this build (what readers and hubs need to hear about). */
  changed: string[]
}

export type WriteOptions = {
  /** Files of the live version that are not in the plan but must stay (a build of some locales or pages). */
  preserve?: (path: string) => boolean
  /**
   * Compare with the bytes on disk instead of the manifests (`--full`): still writes only what
   * differs, but repairs files changed, added or removed by hand and a damaged manifest.
   */
  full?: boolean
}

/** What a version folder holds: its generation (which build made it) and each file's hash. */
type Manifest = { generation: number; files: Record<string, string> }

const STATE = '.chancery'
const COPIES = ['a', 'b'] as const

/**
 * Writes one site so that readers only ever see a complete version of it, at a cost that
 * grows with what changed rather than with the size of the site.
 *
 * `OUT/<site>` is a symbolic link to one of two copies, `OUT/.chancery/<site>/a` or `…/b`.
 * The live copy is never modified. The other one (the standby) is first brought up to date
 * with it — the same files as hard links, so bytes, inode and mtime, and the ETag a static
 * server derives, are shared; only the difference between the two copies' manifests is
 * linked — then the build writes its changes there, each file by rename, and swaps the link
 * with one atomic rename. The old live copy, still exactly what its manifest says, is the
 * next standby. A build killed at any moment leaves the live copy whole; a standby without
 * its manifest (killed while being written) is rebuilt from the live copy next time.
 * Nothing is touched when no file changed.
 */
export function writeSite(outDir: string, plan: SitePlan, options: WriteOptions = {}): WriteSummary {
  checkPlan(plan)
  const site = siteState(outDir, plan.site)
  if (options.full) return writeVerified(site, plan, options)
  const live = site.live()

  const liveManifest = live ? site.manifest(live) : null
  const previous = liveManifest?.files ?? {}
  const next: Record<string, string> = {}
  const changed: PlannedFile[] = []
  for (const file of plan.files) {
    // Text is hashed and written as it is (UTF-8 both times), never copied into a Buffer: the
    // memory outside V8's heap that Buffers hold made V8 run full collections, 20 to 70 ms
    // pauses of the server, every few publishes (and more often during a build).
    const digest = hash('sha1', file.contents)
    next[file.path] = digest
    if (previous[file.path] !== digest) changed.push(file)
  }
  if (options.preserve) {
    for (const p of Object.keys(previous)) if (!(p in next) && options.preserve(p)) next[p] = previous[p]
  }
  const deleted = Object.keys(previous).filter((p) => !(p in next))
  const summary: WriteSummary = {
    site: plan.site,
    written: changed.length,
    unchanged: plan.files.length - changed.length,
    deleted: deleted.length,
    changed: [...changed.map((f) => f.path), ...deleted],
  }
  if (live && changed.length === 0 && deleted.length === 0) return summary

  const generation = (liveManifest?.generation ?? 0) + 1
  const target = live ? site.standbyOf(live) : COPIES[0]
  // Without a manifest the live copy cannot be trusted: the new one starts empty.
  const fresh = !liveManifest
  if (live && liveManifest) site.mirror(live, target, liveManifest)
  else site.reset(target)

  // From here until its manifest is written, the standby is not a mirror of anything.
  site.forgetManifest(target)
  const dir = site.copy(target)
  const made = new Set<string>()
  for (const file of changed) {
    const write = (to: string) => fs.writeFileSync(to, file.contents)
    // Only a fresh copy may be written in place: no other copy shares its files.
    if (fresh) writeInFreshCopy(made, path.join(dir, file.path), write)
    else replaceInStandby(path.join(dir, file.path), write)
  }
  for (const p of deleted) removeFile(dir, p)
  site.writeManifest(target, { generation, files: next })
  site.point(target)

  // The old live copy keeps its manifest, which still describes it exactly: it becomes the
  // standby, and catches up (by hard links, only what differs) when next prepared or written.
  if (live && (fresh || !COPIES.includes(live as (typeof COPIES)[number]))) {
    site.remove(live) // untrusted, or a version written by an older Chancery
  }
  return summary
}

/**
 * `writeSite` for `--full`: trusts no manifest. Every file of the live copy is read and hashed,
 * so a page edited, added or deleted by hand differs from the plan and is put right, while
 * every file whose bytes already match keeps its inode and mtime (and its ETag and
 * Last-Modified): the new version is built from scratch in the standby, by hard links to the
 * live copy for what matches and new files for the rest. When nothing differs, the live copy
 * stays and the standby is left an exact mirror of it. A live copy that did not match its own
 * manifest is deleted once replaced, since the next build would write into it trusting that
 * manifest.
 */
function writeVerified(site: SiteState, plan: SitePlan, options: WriteOptions): WriteSummary {
  const live = site.live()
  const liveManifest = live ? site.manifest(live) : null
  const liveDir = live ? site.copy(live) : null
  const onDisk: Record<string, string> = {}
  if (liveDir) for (const p of Object.keys(listFiles(liveDir))) onDisk[p] = hash('sha1', fs.readFileSync(path.join(liveDir, p)))

  const next: Record<string, string> = {}
  const changed: PlannedFile[] = []
  for (const file of plan.files) {
    const digest = hash('sha1', file.contents)
    next[file.path] = digest
    if (onDisk[file.path] !== digest) changed.push(file)
  }
  if (options.preserve) {
    for (const p of Object.keys(onDisk)) if (!(p in next) && options.preserve(p)) next[p] = onDisk[p]
  }
  const deleted = Object.keys(onDisk).filter((p) => !(p in next))
  const summary: WriteSummary = {
    site: plan.site,
    written: changed.length,
    unchanged: plan.files.length - changed.length,
    deleted: deleted.length,
    changed: [...changed.map((f) => f.path), ...deleted],
  }

  const target = live ? site.standbyOf(live) : COPIES[0]
  site.reset(target)
  const dir = site.copy(target)
  const made = new Set<string>()
  const rewritten = new Set(changed.map((f) => f.path))
  for (const p of Object.keys(next)) {
    if (!rewritten.has(p)) writeInFreshCopy(made, path.join(dir, p), (to) => fs.linkSync(path.join(liveDir!, p), to))
  }
  for (const file of changed) writeInFreshCopy(made, path.join(dir, file.path), (to) => fs.writeFileSync(to, file.contents))

  const liveIsTrue = liveManifest !== null && sameFiles(liveManifest.files, onDisk)
  const isCopy = live !== null && COPIES.includes(live as (typeof COPIES)[number])
  if (liveIsTrue && isCopy && changed.length === 0 && deleted.length === 0) {
    site.writeManifest(target, liveManifest)
    return summary
  }
  site.writeManifest(target, { generation: (liveManifest?.generation ?? 0) + 1, files: next })
  site.point(target)
  if (live && (!liveIsTrue || !isCopy)) site.remove(live)
  return summary
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((p) => a[p] === b[p])
}

/**
 * Makes the standby copy of a site a mirror of its live copy now, so that the next build's
 * cost is only its own changes (the live server calls it after a full build).
 */
export function prepareStandby(outDir: string, siteName: string): void {
  const site = siteState(outDir, siteName)
  const live = site.live()
  if (live) site.mirror(live, site.standbyOf(live))
}

/** Removes a site that is no longer planned (a mission that was deleted). */
export function removeSite(outDir: string, site: string): void {
  const link = path.join(outDir, site)
  if (fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink()) fs.rmSync(link)
  fs.rmSync(path.join(outDir, STATE, site), { recursive: true, force: true })
}

type SiteState = ReturnType<typeof siteState>

function siteState(outDir: string, siteName: string) {
  const stateDir = path.join(outDir, STATE, siteName)
  const link = path.join(outDir, siteName)
  fs.mkdirSync(stateDir, { recursive: true })
  const manifestFile = (copy: string) => path.join(stateDir, `${copy}.manifest.json`)

  const state = {
    copy: (name: string) => path.join(stateDir, name),

    live(): string | null {
      try {
        return path.basename(fs.readlinkSync(link))
      } catch {
        return null
      }
    },

    standbyOf: (live: string) => (live === COPIES[0] ? COPIES[1] : COPIES[0]),

    manifest(copy: string): Manifest | null {
      const file = manifestFile(copy)
      try {
        const known = recentManifests.get(file)
        if (known && known.stamp === stampOf(file)) return known.manifest
        const parsed = JSON.parse(fs.readFileSync(file, 'utf8'))
        // A manifest of the first writer (path → hash only) is read as generation 0.
        return typeof parsed.generation === 'number' ? (parsed as Manifest) : { generation: 0, files: parsed }
      } catch {
        // A copy without a readable manifest cannot be trusted for comparison.
        return null
      }
    },

    writeManifest(copy: string, manifest: Manifest): void {
      const file = manifestFile(copy)
      replaceFile(file, (temp) => fs.writeFileSync(temp, JSON.stringify(manifest)))
      rememberManifest(file, manifest)
    },

    forgetManifest(copy: string): void {
      unlinkIfPresent(manifestFile(copy))
    },

    /** An empty copy, and nothing else in the state folder but the live copy. */
    reset(copy: string): void {
      const live = state.live()
      for (const entry of fs.readdirSync(stateDir)) {
        if (entry === live || entry === `${live}.manifest.json`) continue
        fs.rmSync(path.join(stateDir, entry), { recursive: true, force: true })
      }
      for (const entry of fs.readdirSync(path.dirname(stateDir))) {
        if (entry.startsWith(`${siteName}.link-`)) fs.rmSync(path.join(path.dirname(stateDir), entry), { force: true })
      }
      fs.mkdirSync(state.copy(copy), { recursive: true })
    },

    /**
     * Makes `standby` hold the same files as `live`: nothing to do when it already does; the
     * difference between their manifests when it is an older copy; else rebuilt by hard links.
     */
    mirror(live: string, standby: string, liveManifest: Manifest | null = state.manifest(live)): void {
      const standbyManifest = state.manifest(standby)
      if (liveManifest && standbyManifest && standbyManifest.generation === liveManifest.generation) return
      const from = state.copy(live)
      const to = state.copy(standby)
      if (liveManifest && standbyManifest && fs.existsSync(to)) {
        state.forgetManifest(standby)
        for (const [p, digest] of Object.entries(liveManifest.files)) {
          if (standbyManifest.files[p] !== digest) replaceInStandby(path.join(to, p), (dest) => fs.linkSync(path.join(from, p), dest))
        }
        for (const p of Object.keys(standbyManifest.files)) if (!(p in liveManifest.files)) removeFile(to, p)
        state.writeManifest(standby, liveManifest)
        return
      }
      state.reset(standby)
      const made = new Set<string>()
      for (const p of Object.keys(liveManifest?.files ?? listFiles(from))) {
        const dest = path.join(to, p)
        const parent = path.dirname(dest)
        if (!made.has(parent)) {
          fs.mkdirSync(parent, { recursive: true })
          made.add(parent)
        }
        fs.linkSync(path.join(from, p), dest)
      }
      if (liveManifest) state.writeManifest(standby, liveManifest)
    },

    /** Points the site's link at a copy: one rename, so readers see the old copy or the new one. */
    point(copy: string): void {
      if (fs.existsSync(link) && !fs.lstatSync(link).isSymbolicLink()) {
        throw new Error(`${link} exists and was not written by Chancery; move it away and build again.`)
      }
      const temp = path.join(outDir, STATE, `${siteName}.link-${process.pid}`)
      unlinkIfPresent(temp)
      fs.symlinkSync(path.relative(outDir, state.copy(copy)), temp, 'dir')
      fs.renameSync(temp, link)
    },

    remove(copy: string): void {
      fs.rmSync(state.copy(copy), { recursive: true, force: true })
      fs.rmSync(manifestFile(copy), { force: true })
    },
  }
  return state
}

// The manifests this process wrote last, each with the stamp of its file: a live rebuild
// reads the same two manifests on every publish, and parsing one costs about a millisecond.
// A manifest replaced by anyone since (a new inode, by rename) no longer matches its stamp.
const RECENT_MANIFESTS = 16
const recentManifests = new Map<string, { stamp: string; manifest: Manifest }>()

function stampOf(file: string): string {
  const stat = fs.statSync(file)
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`
}

function rememberManifest(file: string, manifest: Manifest): void {
  recentManifests.delete(file)
  recentManifests.set(file, { stamp: stampOf(file), manifest })
  if (recentManifests.size > RECENT_MANIFESTS) recentManifests.delete(recentManifests.keys().next().value as string)
}

/**
 * Replaces a file of the standby copy, which nobody reads, with a new inode: never writing
 * into one the live copy shares. Unlinking first instead of renaming over it spares ext4's
 * flush-on-replace (auto_da_alloc), which made each rename cost a write-back.
 */
function replaceInStandby(file: string, create: (file: string) => void): void {
  unlinkIfPresent(file)
  writeWithParents(file, create)
}

/** Puts a new file in place by rename, so that a reader sees the old bytes or the new ones. */
function replaceFile(file: string, create: (temp: string) => void): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  writeWithParents(temp, create)
  fs.renameSync(temp, file)
}

// In a fresh copy nearly every page has a folder of its own: making it first saves a failed open.
function writeInFreshCopy(made: Set<string>, file: string, create: (file: string) => void): void {
  const dir = path.dirname(file)
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true })
    made.add(dir)
  }
  create(file)
}

/** Creates a file, making its folders only when they are missing (one mkdir per folder, not per file). */
function writeWithParents(file: string, create: (file: string) => void): void {
  try {
    create(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    fs.mkdirSync(path.dirname(file), { recursive: true })
    create(file)
  }
}

/** One unlink: `fs.rmSync` walks a file like a folder tree first (a quarter of a publish's writing). */
function unlinkIfPresent(file: string): void {
  try {
    fs.unlinkSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
}

/** Deletes a file and the folders it leaves empty. */
function removeFile(root: string, relative: string): void {
  unlinkIfPresent(path.join(root, relative))
  for (let dir = path.dirname(relative); dir !== '.'; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(root, dir))
    } catch {
      break // not empty
    }
  }
}

function listFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(root, full)] = ''
    }
  }
  if (fs.existsSync(root)) walk(root)
  return files
}
