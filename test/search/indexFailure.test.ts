import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { writeSite, type WriteSummary } from '../../src/build/siteWriter'
import { indexSite, needsIndex } from '../../src/search/siteIndex'

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-search-failure-'))
const page = (lang: string, title: string) => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Texto de ${title}.</p></main></body></html>`
const nothingChanged: WriteSummary = { site: 'mision', written: 0, unchanged: 2, deleted: 0, changed: [] }

afterAll(async () => {
  delete process.env.PAGEFIND_EXTENDED_BINARY_PATH
  await pagefind.close()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('a failed index', () => {
  it('names the site, leaves the pages and the previous index live, and the next build indexes the site again even when nothing changed (a retried job)', async () => {
    writeSite(out, { site: 'mision', files: [{ path: 'es/index.html', contents: page('es', 'Inicio'), source: 'test' }, { path: 'es/visados/index.html', contents: page('es', 'Visados'), source: 'test' }] })
    await indexSite(out, 'mision')
    expect(needsIndex(out, nothingChanged)).toBe(false)
    const entry = fs.readFileSync(path.join(out, 'mision', 'pagefind', 'pagefind-entry.json'), 'utf8')

    // Pagefind's binary gone: its service cannot start.
    await pagefind.close()
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = path.join(out, 'no-such-binary')
    await expect(indexSite(out, 'mision')).rejects.toThrow(/search index of mision could not be made/)
    expect(fs.readFileSync(path.join(out, 'mision', 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe(entry)
    expect(fs.existsSync(path.join(out, 'mision', 'es', 'visados', 'index.html'))).toBe(true)
    expect(needsIndex(out, nothingChanged)).toBe(true)

    delete process.env.PAGEFIND_EXTENDED_BINARY_PATH
    await pagefind.close()
    await indexSite(out, 'mision')
    expect(needsIndex(out, nothingChanged)).toBe(false)
  }, 60_000)
})
