import { createHash } from 'node:crypto'

/**
 * A small POSIX tar (pax) writer and reader: regular files only, every header fixed (mode, owner,
 * time), so the same entries always give the same bytes. Written here rather than taken from a
 * library because the archive must be byte-for-byte reproducible and streamed from the media
 * folder without a staging copy; GNU tar reads what it writes and writes what it reads (tested).
 */

const BLOCK = 512
/** 2000-01-01T00:00:00Z: a fixed time for every entry (GNU tar warns about the epoch itself). */
export const FIXED_MTIME = 946_684_800
const MODE = 0o644
const MAX_OCTAL_SIZE = 0o77777777777

export type TarSource =
  | { name: string; data: Buffer }
  | { name: string; size: number; content: () => AsyncIterable<Buffer> }

export type TarRecord = { name: string; size: number; sha256: string }

export class TarFormatError extends Error {}

/**
 * The tar stream of `entries`, in their order, ending with the two empty blocks. `onEntry`
 * hears each entry's size and SHA-256 once its bytes have been produced, so a last entry (the
 * manifest) can list all of those before it.
 */
export async function* tarStream(entries: AsyncIterable<TarSource> | Iterable<TarSource>, onEntry: (record: TarRecord) => void = () => {}): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    const size = 'data' in entry ? entry.data.length : entry.size
    yield* headerBlocks(entry.name, size)
    const hash = createHash('sha256')
    if ('data' in entry) {
      hash.update(entry.data)
      yield entry.data
    } else {
      let seen = 0
      for await (const chunk of entry.content()) {
        seen += chunk.length
        if (seen > size) break
        hash.update(chunk)
        yield chunk
      }
      if (seen !== size) {
        throw new TarFormatError(`${entry.name} changed while it was being read (${size} bytes expected, ${seen} read); run it again`)
      }
    }
    const padding = (BLOCK - (size % BLOCK)) % BLOCK
    if (padding) yield Buffer.alloc(padding)
    onEntry({ name: entry.name, size, sha256: hash.digest('hex') })
  }
  yield Buffer.alloc(BLOCK * 2)
}

function headerBlocks(name: string, size: number): Buffer[] {
  const nameBytes = Buffer.from(name, 'utf8')
  if (!name || name.includes('\0')) throw new TarFormatError(`invalid entry name ${JSON.stringify(name)}`)
  const ascii = /^[\x20-\x7e]*$/.test(name)
  const pax: [string, string][] = []
  if (!ascii || nameBytes.length > 100) pax.push(['path', name])
  if (size > MAX_OCTAL_SIZE) pax.push(['size', String(size)])
  const blocks: Buffer[] = []
  if (pax.length) {
    const body = Buffer.from(pax.map(([key, value]) => paxRecord(key, value)).join(''), 'utf8')
    blocks.push(header(paxName(name), body.length, 'x'), body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK))
  }
  blocks.push(header(pax.length ? asciiFallback(name) : name, size > MAX_OCTAL_SIZE ? 0 : size, '0'))
  return blocks
}

/** "len key=value\n", where len counts the whole record, its own digits included. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`
  const restLength = Buffer.byteLength(rest, 'utf8')
  const guess = String(restLength).length
  let length = restLength + guess
  if (String(length).length !== guess) length = restLength + String(length).length
  return `${length}${rest}`
}

function paxName(name: string): string {
  return `PaxHeader/${asciiFallback(name).slice(-80)}`
}

/** What a reader that ignores pax headers sees: the name's printable ASCII, cut to fit. */
function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').slice(-100)
}

function header(name: string, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, 'utf8')
  octal(block, 100, 8, MODE)
  octal(block, 108, 8, 0)
  octal(block, 116, 8, 0)
  octal(block, 124, 12, size)
  octal(block, 136, 12, FIXED_MTIME)
  block.write(type, 156, 1, 'ascii')
  block.write('ustar\0', 257, 6, 'ascii')
  block.write('00', 263, 2, 'ascii')
  block.fill(' ', 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return block
}

function octal(block: Buffer, offset: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii')
}

export type TarEntry = {
  name: string
  size: number
  /** The entry's bytes in pieces; must be consumed (or `skip`ped) before the next entry is asked for. */
  chunks: () => AsyncGenerator<Buffer>
  buffer: () => Promise<Buffer>
  skip: () => Promise<void>
}

/**
 * The regular files of a tar stream, in order. Directories are passed over; links, devices and
 * anything else are refused, since an archive of ours never holds them. Understands pax
 * ('x', 'g') and GNU long-name ('L') headers, so archives re-packed by GNU tar still read.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source)
  let pending: { path?: string; size?: number } = {}
  for (;;) {
    const block = await reader.read(BLOCK)
    if (!block) throw new TarFormatError('the archive ends before its end-of-archive marker (truncated?)')
    if (block.every((byte) => byte === 0)) return
    checkChecksum(block)
    const type = String.fromCharCode(block[156] || 48)
    const headerSize = parseOctal(block, 124, 12)
    const size = pending.size ?? headerSize
    const prefix = cString(block, 345, 155)
    const name = pending.path ?? (prefix && block.toString('ascii', 257, 262) === 'ustar' ? `${prefix}/${cString(block, 0, 100)}` : cString(block, 0, 100))
    const padding = (BLOCK - (size % BLOCK)) % BLOCK
    if (type === 'x' || type === 'g' || type === 'L') {
      const body = await reader.readExact(size + padding, name)
      if (type === 'x') pending = { ...pending, ...parsePax(body.subarray(0, size)) }
      if (type === 'L') pending = { ...pending, path: cString(body, 0, size) }
      continue
    }
    pending = {}
    if (type === '5') {
      await reader.readExact(size + padding, name)
      continue
    }
    if (type !== '0') throw new TarFormatError(`${name} is not a regular file (tar type '${type}'); a Chancery archive holds only files`)
    let consumed = false
    const chunks = async function* (): AsyncGenerator<Buffer> {
      if (consumed) throw new Error(`${name} was already read`)
      consumed = true
      yield* reader.stream(size, name)
      await reader.readExact(padding, name)
    }
    const entry: TarEntry = {
      name,
      size,
      chunks,
      buffer: async () => {
        const parts: Buffer[] = []
        for await (const chunk of chunks()) parts.push(chunk)
        return Buffer.concat(parts)
      },
      skip: async () => {
        for await (const _ of chunks()) void _
      },
    }
    yield entry
    if (!consumed) await entry.skip()
  }
}

function checkChecksum(block: Buffer): void {
  const stored = parseOctal(block, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
  if (sum !== stored) throw new TarFormatError('a tar header is damaged (checksum mismatch); the archive is corrupt')
}

function parseOctal(block: Buffer, offset: number, length: number): number {
  const text = block.toString('ascii', offset, offset + length).replace(/\0.*$/s, '').trim()
  if (!text) return 0
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`a tar header holds a malformed number ${JSON.stringify(text)}`)
  return parseInt(text, 8)
}

function cString(block: Buffer, offset: number, length: number): string {
  const end = block.indexOf(0, offset)
  return block.toString('utf8', offset, end === -1 || end > offset + length ? offset + length : end)
}

function parsePax(body: Buffer): { path?: string; size?: number } {
  const out: { path?: string; size?: number } = {}
  let offset = 0
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset)
    const length = Number(body.toString('ascii', offset, space))
    if (space === -1 || !Number.isInteger(length) || length <= 0) throw new TarFormatError('a pax header is malformed')
    const record = body.toString('utf8', space + 1, offset + length - 1)
    const equals = record.indexOf('=')
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    if (key === 'path') out.path = value
    if (key === 'size') out.size = Number(value)
    offset += length
  }
  return out
}

/** Exact reads over a stream of chunks of any size. */
class ByteReader {
  private buffered: Buffer[] = []
  private length = 0
  private ended = false
  private readonly iterator: AsyncIterator<Buffer>

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]()
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false
    const next = await this.iterator.next()
    if (next.done) {
      this.ended = true
      return false
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
    this.buffered.push(chunk)
    this.length += chunk.length
    return true
  }

  /** `n` bytes, or null at a clean end before any of them. */
  async read(n: number): Promise<Buffer | null> {
    while (this.length < n) if (!(await this.fill())) break
    if (this.length === 0) return null
    if (this.length < n) throw new TarFormatError('the archive ends in the middle of an entry (truncated?)')
    return this.take(n)
  }

  async readExact(n: number, name: string): Promise<Buffer> {
    if (n === 0) return Buffer.alloc(0)
    const parts: Buffer[] = []
    for await (const chunk of this.stream(n, name)) parts.push(chunk)
    return Buffer.concat(parts)
  }

  async *stream(n: number, name: string): AsyncGenerator<Buffer> {
    let left = n
    while (left > 0) {
      if (this.length === 0 && !(await this.fill())) throw new TarFormatError(`the archive ends in the middle of ${name} (truncated?)`)
      const piece = this.take(Math.min(left, this.length))
      left -= piece.length
      yield piece
    }
  }

  private take(n: number): Buffer {
    const parts: Buffer[] = []
    let left = n
    while (left > 0) {
      const head = this.buffered[0]
      if (head.length <= left) {
        parts.push(head)
        this.buffered.shift()
        left -= head.length
      } else {
        parts.push(head.subarray(0, left))
        this.buffered[0] = head.subarray(left)
        left = 0
      }
    }
    this.length -= n
    return parts.length === 1 ? parts[0] : Buffer.concat(parts)
  }
}
