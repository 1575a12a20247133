import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Readable } from 'node:stream'

import { MANIFEST_ENTRY, manifestJson, parseManifest, type Manifest } from '../../src/backup/archiveFormat'
import { readTar, tarStream } from '../../src/backup/tar'

export type Entry = { name: string; content: Buffer }

/** Every entry of a (small) archive, in order. */
export async function archiveEntries(file: string): Promise<Entry[]> {
  const entries: Entry[] = []
  for await (const entry of readTar(Readable.from([gunzipSync(fs.readFileSync(file))]))) entries.push({ name: entry.name, content: await entry.buffer() })
  return entries
}

export function manifestOf(entries: Entry[]): Manifest {
  return parseManifest(entries.find((e) => e.name === MANIFEST_ENTRY)!.content)
}

/**
 * Writes `entries` as an archive whose manifest lists their real sizes and checksums, after
 * `editManifest`: an archive edited by someone who knew the format, to test the import's other
 * checks than the checksums.
 */
export async function writeArchive(file: string, entries: Entry[], editManifest: (manifest: Manifest) => void = () => {}): Promise<void> {
  const manifest = manifestOf(entries)
  const body = entries.filter((e) => e.name !== MANIFEST_ENTRY)
  manifest.entries = body.slice(1).map((e) => ({ path: e.name, size: e.content.length, sha256: createHash('sha256').update(e.content).digest('hex') }))
  editManifest(manifest)
  const parts: Buffer[] = []
  for await (const chunk of tarStream([...body.map((e) => ({ name: e.name, data: e.content })), { name: MANIFEST_ENTRY, data: manifestJson(manifest) }])) parts.push(chunk)
  fs.writeFileSync(file, gzipSync(Buffer.concat(parts)))
}

/** Each file under a built sites folder (following the sites' links, not the writer's state), by path, as a SHA-256. */
export function siteTree(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name === '.chancery') continue
      const full = path.join(dir, name)
      const stat = fs.statSync(full)
      if (stat.isDirectory()) walk(full)
      else files.set(path.relative(root, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'))
    }
  }
  walk(root)
  return files
}

export const jsonLines = (entries: Entry[], name: string): Record<string, any>[] =>
  entries.find((e) => e.name === name)!.content.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

/** The entries two archives do not hold alike (for a failure that says what differs, not just that). */
export async function differingEntries(fileA: string, fileB: string): Promise<string[]> {
  const a = new Map((await archiveEntries(fileA)).map((e) => [e.name, e.content]))
  const b = new Map((await archiveEntries(fileB)).map((e) => [e.name, e.content]))
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name))
}
