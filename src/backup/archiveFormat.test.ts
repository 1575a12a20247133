import { describe, expect, it } from 'vitest'

import {
  ARCHIVE_VERSION,
  checkFilename,
  checkMarker,
  manifestJson,
  markerJson,
  parseJsonLines,
  parseManifest,
  toJsonLines,
  uploadFilenames,
  type Manifest,
} from './archiveFormat'

const MANIFEST: Manifest = {
  format: 'chancery-archive',
  version: ARCHIVE_VERSION,
  payload: '3.90.2',
  database: 'sqlite',
  locales: ['es', 'en'],
  collections: [{ slug: 'media', documents: 1, versions: null, files: 2 }],
  globals: [{ slug: 'ministry', saved: true, versions: null }],
  missingFiles: [],
  entries: [{ path: 'collections/media.jsonl', size: 10, sha256: 'a'.repeat(64) }],
  notice: 'personal data',
}

const edited = (change: (m: Record<string, any>) => void) => {
  const copy = JSON.parse(JSON.stringify(MANIFEST))
  change(copy)
  return Buffer.from(JSON.stringify(copy))
}

describe('the archive marker', () => {
  it('accepts its own marker', () => {
    expect(() => checkMarker('chancery-archive.json', markerJson())).not.toThrow()
  })
  it('refuses another first entry, another format and a newer version, saying which', () => {
    expect(() => checkMarker('data.json', markerJson())).toThrow(/not a Chancery archive: its first entry is "data.json"/)
    expect(() => checkMarker('chancery-archive.json', Buffer.from('{"format":"zip"}'))).toThrow(/says format "zip"/)
    expect(() => checkMarker('chancery-archive.json', Buffer.from(`{"format":"chancery-archive","version":${ARCHIVE_VERSION + 1}}`))).toThrow(
      new RegExp(`format version ${ARCHIVE_VERSION + 1}, newer than this Chancery reads`),
    )
    expect(() => checkMarker('chancery-archive.json', Buffer.from('{not json'))).toThrow(/chancery-archive.json is not valid JSON/)
  })
})

describe('parseManifest', () => {
  it('reads back what manifestJson wrote', () => {
    expect(parseManifest(manifestJson(MANIFEST))).toEqual(MANIFEST)
  })
  it.each([
    [(m: Record<string, any>) => (m.collections = {}), /manifest.json: collections must be a list/],
    [(m: Record<string, any>) => (m.collections[0].documents = -1), /collections\[0\].documents must be a whole number/],
    [(m: Record<string, any>) => (m.collections[0].slug = '../etc'), /collections\[0\].slug: "..\/etc" is not a collection or global slug/],
    [(m: Record<string, any>) => (m.entries[0].sha256 = 'xyz'), /entries\[0\].sha256 must be 64 hexadecimal digits/],
    [(m: Record<string, any>) => (m.globals[0].saved = 'yes'), /globals\[0\].saved must be true or false/],
    [(m: Record<string, any>) => (m.version = 99), /format version 99, newer/],
  ])('refuses a damaged manifest, naming the field (%#)', (change, message) => {
    expect(() => parseManifest(edited(change))).toThrow(message)
  })
})

describe('JSON lines', () => {
  it('round-trips documents one per line', () => {
    const docs = [{ id: 'a', title: { es: 'Hola\nmundo', ar: 'مرحبا' } }, { id: 2, n: null }]
    const text = toJsonLines(docs)
    expect(text.toString().split('\n')).toHaveLength(3)
    expect(parseJsonLines(text, 'collections/x.jsonl')).toEqual(docs)
    expect(parseJsonLines(Buffer.alloc(0), 'collections/x.jsonl')).toEqual([])
  })
  it('sorts every object’s keys, at any depth, and keeps the order of arrays', () => {
    const line = toJsonLines([{ id: 'a', title: { fr: 'Bonjour', es: 'Hola', ar: 'مرحبا' }, rows: [{ z: 1, a: 2 }, { b: 3 }], at: new Date('2026-11-25T10:00:00Z') }])
    expect(line.toString()).toBe('{"at":"2026-11-25T10:00:00.000Z","id":"a","rows":[{"a":2,"z":1},{"b":3}],"title":{"ar":"مرحبا","es":"Hola","fr":"Bonjour"}}\n')
  })
  it('names the entry and line of a bad document', () => {
    expect(() => parseJsonLines(Buffer.from('{"id":"a"}\n{"id":\n'), 'collections/x.jsonl')).toThrow(/collections\/x.jsonl, line 2 is not valid JSON/)
    expect(() => parseJsonLines(Buffer.from('[1]\n'), 'collections/x.jsonl')).toThrow(/line 1 is not a JSON object/)
    expect(() => parseJsonLines(Buffer.from('{"title":"no id"}\n'), 'collections/x.jsonl')).toThrow(/line 1 has no id/)
    expect(() => parseJsonLines(Buffer.from('{"id":"a"}\n{"id":"a"}\n'), 'collections/x.jsonl')).toThrow(/line 2 repeats id a/)
  })
})

describe('upload files', () => {
  it('lists the original and every size once', () => {
    expect(uploadFilenames({ filename: 'a.png', sizes: { card: { filename: 'a-800.webp' }, hero: { filename: null }, thumb: { filename: 'a-400.webp' } } })).toEqual([
      'a.png',
      'a-800.webp',
      'a-400.webp',
    ])
    expect(uploadFilenames({ filename: null })).toEqual([])
  })
  it('accepts only plain file names', () => {
    expect(checkFilename('photo 1 (2).webp', 'x')).toBe('photo 1 (2).webp')
    for (const bad of ['../passwd', 'a/b.png', 'a\\b.png', '..', '', 3]) expect(() => checkFilename(bad, 'media 1')).toThrow(/media 1: .* is not a plain file name/)
  })
})
