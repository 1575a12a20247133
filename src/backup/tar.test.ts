import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TarFormatError, readTar, tarStream, type TarSource } from './tar'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-tar-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function bytesOf(entries: TarSource[]): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const chunk of tarStream(entries)) parts.push(chunk)
  return Buffer.concat(parts)
}

async function readAll(archive: Buffer, pieceSize = 777): Promise<{ name: string; content: Buffer }[]> {
  const pieces = Array.from({ length: Math.ceil(archive.length / pieceSize) }, (_, i) => archive.subarray(i * pieceSize, (i + 1) * pieceSize))
  const out: { name: string; content: Buffer }[] = []
  for await (const entry of readTar(Readable.from(pieces))) out.push({ name: entry.name, content: await entry.buffer() })
  return out
}

const LONG = `files/media/${'a-very-long-file-name-'.repeat(8)}1600x900.webp`
const SAMPLE: TarSource[] = [
  { name: 'chancery-archive.json', data: Buffer.from('{"format":"chancery-archive"}\n') },
  { name: 'collections/empty.jsonl', data: Buffer.alloc(0) },
  { name: 'exactly-one-block.bin', data: Buffer.alloc(512, 7) },
  { name: LONG, data: Buffer.from('long name') },
  { name: 'files/media/façade-北京-مصر.png', data: Buffer.from('unicode name') },
  { name: 'files/media/streamed.bin', size: 70_000, content: () => Readable.from([Buffer.alloc(30_000, 1), Buffer.alloc(40_000, 2)]) },
]

describe('tarStream', () => {
  it('writes an archive GNU tar lists and extracts byte for byte, long and non-ASCII names included', async () => {
    const file = path.join(dir, 'sample.tar')
    fs.writeFileSync(file, await bytesOf(SAMPLE))
    const listed = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')
    expect(listed).toEqual(SAMPLE.map((e) => e.name))
    const out = path.join(dir, 'extracted')
    fs.mkdirSync(out)
    execFileSync('tar', ['-xf', file, '-C', out])
    for (const entry of SAMPLE) {
      const expected = 'data' in entry ? entry.data : Buffer.concat([Buffer.alloc(30_000, 1), Buffer.alloc(40_000, 2)])
      expect(fs.readFileSync(path.join(out, entry.name)).equals(expected), entry.name).toBe(true)
    }
    const verbose = execFileSync('tar', ['-tvf', file, '--numeric-owner'], { encoding: 'utf8' })
    expect(verbose.split('\n')[0]).toMatch(/^-rw-r--r-- 0\/0 .* 2000-01-01 /)
  })

  it('gives the same bytes for the same entries, whenever and by whomever it is run', async () => {
    expect((await bytesOf(SAMPLE)).equals(await bytesOf(SAMPLE))).toBe(true)
  })

  it('reports each entry’s size and SHA-256 as it goes', async () => {
    const records: { name: string; size: number; sha256: string }[] = []
    for await (const _ of tarStream(SAMPLE.slice(0, 2), (r) => records.push(r))) void _
    expect(records).toEqual([
      { name: 'chancery-archive.json', size: 30, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { name: 'collections/empty.jsonl', size: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    ])
  })

  it('fails when a file yields other than the size it was announced with (it changed while being read)', async () => {
    const shrunk: TarSource = { name: 'files/media/x.png', size: 10, content: () => Readable.from([Buffer.alloc(4)]) }
    await expect(bytesOf([shrunk])).rejects.toThrow(/files\/media\/x\.png changed while it was being read \(10 bytes expected, 4 read\)/)
    const grown: TarSource = { name: 'files/media/y.png', size: 2, content: () => Readable.from([Buffer.alloc(4)]) }
    await expect(bytesOf([grown])).rejects.toThrow(TarFormatError)
  })
})

describe('readTar', () => {
  it('reads back what tarStream wrote, in any chunking', async () => {
    const archive = await bytesOf(SAMPLE)
    for (const pieceSize of [7, 511, 512, 4096, archive.length]) {
      const read = await readAll(archive, pieceSize)
      expect(read.map((e) => e.name)).toEqual(SAMPLE.map((e) => e.name))
      expect(read[2].content.equals(Buffer.alloc(512, 7))).toBe(true)
      expect(read[5].content.length).toBe(70_000)
    }
  })

  it.each(['pax', 'gnu', 'ustar'])('reads archives GNU tar wrote in %s format, passing over directories', async (format) => {
    const src = path.join(dir, `src-${format}`)
    const name = format === 'ustar' ? 'short-name.txt' : `${'n'.repeat(120)}.txt`
    fs.mkdirSync(path.join(src, 'files', 'media'), { recursive: true })
    fs.writeFileSync(path.join(src, 'files', 'media', name), 'hello')
    const file = path.join(dir, `${format}.tar`)
    execFileSync('tar', ['-cf', file, `--format=${format}`, '-C', src, 'files'])
    const read = await readAll(fs.readFileSync(file))
    expect(read.map((e) => [e.name, e.content.toString()])).toEqual([[`files/media/${name}`, 'hello']])
  })

  it('refuses links and other non-files, naming the entry', async () => {
    const src = path.join(dir, 'links')
    fs.mkdirSync(src)
    fs.symlinkSync('/etc/passwd', path.join(src, 'passwd'))
    const file = path.join(dir, 'links.tar')
    execFileSync('tar', ['-cf', file, '-C', src, 'passwd'])
    await expect(readAll(fs.readFileSync(file))).rejects.toThrow(/passwd is not a regular file \(tar type '2'\)/)
  })

  it('refuses a truncated archive and a damaged header', async () => {
    const archive = await bytesOf(SAMPLE)
    await expect(readAll(archive.subarray(0, 1500))).rejects.toThrow(/truncated/)
    await expect(readAll(archive.subarray(0, archive.length - 1024))).rejects.toThrow(/end-of-archive marker/)
    const damaged = Buffer.from(archive)
    damaged[10] ^= 0xff
    await expect(readAll(damaged)).rejects.toThrow(/checksum mismatch/)
  })
})
