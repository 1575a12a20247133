import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Destination, PublishedFile } from './destination'
import { isHidden } from './publishable'

/**
 * The mark a folder target carries once deployed to. A folder that is not empty and lacks it is
 * refused (unless forced): the deploy deletes whatever the sites folder does not hold, and a
 * mistyped `--to` must not empty someone's folder.
 */
export const FOLDER_MARK = '.chancery-sites'

/**
 * An rsync-like copy into a folder on this machine (a mounted share, a web server's root).
 * Files are compared by size, then by content; each is written beside its place and renamed
 * into it, so a web server serving the folder never sends half a file.
 */
export function folderDestination(dir: string, options: { sitesDir: string; force?: boolean; dryRun?: boolean }): Destination {
  checkFolder(dir, options)
  // Marked before anything is written, so a deploy that failed half-way, or found every file
  // already in place after --force, is still recognised next time.
  if (!options.dryRun) markFolder(dir)
  return {
    concurrency: 4,

    async list() {
      const files = new Map<string, PublishedFile>()
      if (!fs.existsSync(dir)) return files
      const walk = (folder: string, prefix: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
          const sitePath = prefix ? `${prefix}/${entry.name}` : entry.name
          if (isHidden(sitePath)) continue
          const full = path.join(folder, entry.name)
          if (entry.isDirectory()) walk(full, sitePath)
          // A link or other non-file is never "unchanged": putting the file replaces it.
          else if (!entry.isFile()) files.set(sitePath, { size: -1, md5: async () => null })
          else files.set(sitePath, { size: fs.statSync(full).size, md5: async () => createHash('md5').update(await fs.promises.readFile(full)).digest('hex') })
        }
      }
      walk(dir, '')
      return files
    },

    async put(sitePath, bytes) {
      const file = path.join(dir, ...sitePath.split('/'))
      await fs.promises.mkdir(path.dirname(file), { recursive: true })
      const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.deploy`)
      await fs.promises.writeFile(temp, bytes)
      await fs.promises.rename(temp, file)
    },

    async remove(sitePaths) {
      for (const sitePath of sitePaths) {
        await fs.promises.rm(path.join(dir, ...sitePath.split('/')), { force: true })
        pruneEmptyFolders(dir, sitePath)
      }
    },
  }
}

function checkFolder(dir: string, options: { sitesDir: string; force?: boolean }): void {
  const sites = path.resolve(options.sitesDir)
  const target = path.resolve(dir)
  const within = (parent: string, child: string) => child === parent || child.startsWith(parent + path.sep)
  if (within(sites, target) || within(target, sites)) {
    throw new Error(`--to ${target} overlaps the sites folder ${sites}: deploy to a folder outside it (and not containing it)`)
  }
  if (!fs.existsSync(target)) return
  if (!fs.statSync(target).isDirectory()) throw new Error(`--to ${target} exists and is not a folder`)
  const entries = fs.readdirSync(target)
  if (entries.length > 0 && !entries.includes(FOLDER_MARK) && !options.force) {
    throw new Error(
      `--to ${target} is not empty and was never deployed to (no ${FOLDER_MARK} file): its files not in the sites folder would be deleted. ` +
        'Give a new or empty folder, or add --force to take this one over.',
    )
  }
}

function markFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true })
  const mark = path.join(dir, FOLDER_MARK)
  if (!fs.existsSync(mark)) fs.writeFileSync(mark, 'Published by Chancery (npm run deploy:sites): files not in the sites folder are deleted here.\n')
}

/** Removes the folders a deleted file leaves empty, up to the target itself. */
function pruneEmptyFolders(root: string, sitePath: string): void {
  const segments = sitePath.split('/').slice(0, -1)
  for (let depth = segments.length; depth > 0; depth--) {
    try {
      fs.rmdirSync(path.join(root, ...segments.slice(0, depth)))
    } catch {
      return // not empty
    }
  }
}
