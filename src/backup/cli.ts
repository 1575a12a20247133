import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SanitizedConfig } from 'payload'

import { contentCollections } from './storedContent'
import type { UploadFolder } from './sqliteBackup'
import { uploadDir } from './uploads'

/** What the export, import, backup and restore commands share: where things are, and how they end. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** DATA_DIR as createConfig reads it (relative to the project, default data/). */
export function dataDirOf(env: NodeJS.ProcessEnv): string {
  return path.resolve(root, env.DATA_DIR ?? 'data')
}

export function uploadFolders(config: SanitizedConfig): UploadFolder[] {
  return contentCollections(config).flatMap((collection) => {
    const dir = uploadDir(collection)
    return dir ? [{ collection: collection.slug, dir }] : []
  })
}

export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

export const PROTECT_WARNING = 'It holds personal data (enquiries, bookings, survey answers, accounts with password hashes): keep it where only administrators can read it.'

/**
 * Runs a command's `main` and exits 0 or 1 with the error's message. If start-up stalls and Node
 * drains its event loop, the command fails instead of exiting 0 having done nothing.
 */
export function runCommand(name: string, main: () => Promise<void>): void {
  let finished = false
  process.on('beforeExit', () => {
    if (finished) return
    console.error(`${name} failed: the process stopped before it finished (start-up or loading stalled). Run it again.`)
    process.exit(1)
  })
  main().then(
    () => {
      finished = true
      process.exit(0)
    },
    (error: unknown) => {
      finished = true
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
