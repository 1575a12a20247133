import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { tempDirs } from '../support/tempDirs'
import { OutputPlanError } from '../../src/build/outputPlan'
import { prepareStandby, writeSite } from '../../src/build/siteWriter'

const tmp = tempDirs('chancery-write-')
const file = (p: string, contents: string) => ({ path: p, contents, source: `template for ${p}` })
const read = (out: string, p: string) => fs.readFileSync(path.join(out, 'madrid', p), 'utf8')
const stat = (out: string, p: string) => fs.statSync(path.join(out, 'madrid', p))

/** Every file under the site as the public sees it (following the site link). */
function snapshot(out: string): Record<string, string> {
  const root = path.join(out, 'madrid')
  const result: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else result[path.relative(root, full)] = fs.readFileSync(full, 'utf8')
    }
  }
  walk(root)
  return result
}

describe('writeSite', () => {
  it('writes a complete site that is served from OUT/<site>', () => {
    const out = tmp()
    const summary = writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola'), file('en/index.html', 'hello')] })
    expect(summary).toEqual({ site: 'madrid', written: 2, unchanged: 0, deleted: 0, changed: ['es/index.html', 'en/index.html'] })
    expect(read(out, 'es/index.html')).toBe('hola')
    expect(snapshot(out)).toEqual({ 'es/index.html': 'hola', 'en/index.html': 'hello' })
  })

  it('a rebuild with the same bytes writes nothing: inode, mtime and the live version stay', async () => {
    const out = tmp()
    const files = [file('es/index.html', 'hola'), file('es/news/a/index.html', 'noticia')]
    writeSite(out, { site: 'madrid', files })
    const before = stat(out, 'es/news/a/index.html')
    const liveBefore = fs.readlinkSync(path.join(out, 'madrid'))
    await new Promise((r) => setTimeout(r, 20))
    expect(writeSite(out, { site: 'madrid', files })).toEqual({ site: 'madrid', written: 0, unchanged: 2, deleted: 0, changed: [] })
    const after = stat(out, 'es/news/a/index.html')
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(fs.readlinkSync(path.join(out, 'madrid'))).toBe(liveBefore)
  })

  it('reads a manifest again when another process replaced it, instead of the copy it remembers', () => {
    const out = tmp()
    const files = [file('es/index.html', 'hola'), file('es/news/a/index.html', 'noticia')]
    writeSite(out, { site: 'madrid', files })
    // Another writer's manifest (a new file, by rename) says the live page holds other bytes.
    const live = path.basename(fs.readlinkSync(path.join(out, 'madrid')))
    const manifestFile = path.join(out, '.chancery', 'madrid', `${live}.manifest.json`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.files['es/index.html'] = 'stale'
    fs.writeFileSync(`${manifestFile}.new`, JSON.stringify(manifest))
    fs.renameSync(`${manifestFile}.new`, manifestFile)
    expect(writeSite(out, { site: 'madrid', files })).toMatchObject({ written: 1, unchanged: 1, changed: ['es/index.html'] })
  })

  it('rewrites only files whose bytes changed, keeps the others untouched, and removes files no longer planned', async () => {
    const out = tmp()
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'v1'), file('es/keep.html', 'same'), file('es/gone.html', 'bye')] })
    const kept = stat(out, 'es/keep.html')
    await new Promise((r) => setTimeout(r, 20))
    const summary = writeSite(out, { site: 'madrid', files: [file('es/index.html', 'v2'), file('es/keep.html', 'same')] })
    expect(summary).toEqual({ site: 'madrid', written: 1, unchanged: 1, deleted: 1, changed: ['es/index.html', 'es/gone.html'] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'v2', 'es/keep.html': 'same' })
    expect(stat(out, 'es/keep.html').mtimeMs).toBe(kept.mtimeMs)
    expect(stat(out, 'es/keep.html').ino).toBe(kept.ino)
    // Besides the live copy, only its standby remains; prepared, it mirrors the live copy by hard links.
    prepareStandby(out, 'madrid')
    const state = path.join(out, '.chancery', 'madrid')
    expect(fs.readdirSync(state).sort()).toEqual(['a', 'a.manifest.json', 'b', 'b.manifest.json'])
    const standby = path.join(state, fs.readlinkSync(path.join(out, 'madrid')).endsWith('a') ? 'b' : 'a')
    expect(fs.statSync(path.join(standby, 'es/keep.html')).ino).toBe(kept.ino)
    expect(fs.readFileSync(path.join(standby, 'es/index.html'), 'utf8')).toBe('v2')
    expect(fs.existsSync(path.join(standby, 'es/gone.html'))).toBe(false)
  })

  it('checks the whole plan first: two sources for one path are named and nothing is written', () => {
    const out = tmp()
    expect(() =>
      writeSite(out, { site: 'madrid', files: [file('es/index.html', 'a'), { path: 'es/index.html', contents: 'b', source: 'the news index' }] }),
    ).toThrow(/template for es\/index.html and the news index/)
    expect(fs.existsSync(path.join(out, 'madrid'))).toBe(false)
  })

  it.each(['../etc/passwd', '/abs.html', 'es//x.html', '.chancery/x', 'es\\x.html'])('refuses the unsafe output path %s', (p) => {
    expect(() => writeSite(tmp(), { site: 'madrid', files: [file(p, 'x')] })).toThrow(OutputPlanError)
  })

  it('a build killed at any moment leaves the last complete version in place, and the next build recovers', async () => {
    const out = tmp()
    const count = 3000
    const run = (label: string, killAfterMs?: number) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'writeLargeSite.ts'), out, label, String(count)], {
          stdio: ['ignore', 'pipe', 'inherit'],
        })
        let said = ''
        child.stdout.on('data', (d) => {
          said += d
          if (killAfterMs !== undefined && said.includes('start')) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        })
        child.on('exit', () => resolve(said))
      })

    expect(await run('v1')).toContain('done')
    const complete = snapshot(out)
    expect(Object.keys(complete)).toHaveLength(count)

    let interrupted = 0
    for (const delay of [0, 5, 15, 40, 80, 150]) {
      const said = await run(`v-killed-${delay}`, delay)
      if (!said.includes('done')) {
        interrupted++
        // Whatever moment it died at, readers see one complete version: all old or all new.
        const now = snapshot(out)
        expect(Object.keys(now)).toHaveLength(count)
        const labels = new Set(Object.values(now).map((c) => c.trim().replace(/ \d+<\/p>$/, '')))
        expect(labels.size).toBe(1)
      }
    }
    expect(interrupted).toBeGreaterThan(0)

    expect(await run('v2')).toContain('done')
    expect(Object.values(snapshot(out)).every((c) => c.startsWith('<p>v2 '))).toBe(true)
    // Leftovers of killed builds are gone: the live copy, its standby and their manifests.
    expect(fs.readdirSync(path.join(out, '.chancery', 'madrid')).sort()).toEqual(['a', 'a.manifest.json', 'b', 'b.manifest.json'])
  }, 120_000)
})

describe('writeSite options', () => {
  it('preserve keeps live files outside the plan (a build of one locale leaves the others alone)', () => {
    const out = tmp()
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola'), file('en/index.html', 'hello')] })
    const en = stat(out, 'en/index.html')
    const summary = writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola 2')] }, { preserve: (p) => !p.startsWith('es/') })
    expect(summary).toEqual({ site: 'madrid', written: 1, unchanged: 0, deleted: 0, changed: ['es/index.html'] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'hola 2', 'en/index.html': 'hello' })
    expect(stat(out, 'en/index.html').ino).toBe(en.ino)
  })

  it('full compares with the bytes on disk and writes nothing when they match: inode, mtime and the live version stay', async () => {
    const out = tmp()
    const files = [file('es/index.html', 'hola'), file('es/news/a/index.html', 'noticia')]
    writeSite(out, { site: 'madrid', files })
    writeSite(out, { site: 'madrid', files: [...files, file('en/index.html', 'hello')] })
    const before = [stat(out, 'es/index.html'), stat(out, 'es/news/a/index.html')]
    const liveBefore = fs.readlinkSync(path.join(out, 'madrid'))
    await new Promise((r) => setTimeout(r, 20))
    const summary = writeSite(out, { site: 'madrid', files: [...files, file('en/index.html', 'hello')] }, { full: true })
    expect(summary).toEqual({ site: 'madrid', written: 0, unchanged: 3, deleted: 0, changed: [] })
    const after = [stat(out, 'es/index.html'), stat(out, 'es/news/a/index.html')]
    expect(after.map((s) => [s.ino, s.mtimeMs])).toEqual(before.map((s) => [s.ino, s.mtimeMs]))
    expect(fs.readlinkSync(path.join(out, 'madrid'))).toBe(liveBefore)
  })

  it('full restores what was changed by hand on disk even where the manifest vouches for it, and only that', async () => {
    const out = tmp()
    const files = [file('es/index.html', 'hola'), file('es/a.html', 'a'), file('es/b.html', 'b'), file('es/c.html', 'c'), file('es/keep.html', 'keep')]
    writeSite(out, { site: 'madrid', files })
    writeSite(out, { site: 'madrid', files: files.map((f) => (f.path === 'es/index.html' ? file(f.path, 'hola 2') : f)) })
    prepareStandby(out, 'madrid')
    const current = files.map((f) => (f.path === 'es/index.html' ? file(f.path, 'hola 2') : f))
    const kept = stat(out, 'es/keep.html')
    const site = path.join(out, 'madrid')
    fs.writeFileSync(path.join(site, 'es/a.html'), 'edited in place') // the inode both copies share
    fs.writeFileSync(path.join(site, 'es/.b.new'), 'edited and renamed')
    fs.renameSync(path.join(site, 'es/.b.new'), path.join(site, 'es/b.html'))
    fs.rmSync(path.join(site, 'es/c.html'))
    fs.writeFileSync(path.join(site, 'es/stray.html'), 'added by hand')
    // An ordinary build believes the manifest: the damage stays.
    expect(writeSite(out, { site: 'madrid', files: current }).written).toBe(0)
    expect(read(out, 'es/a.html')).toBe('edited in place')
    await new Promise((r) => setTimeout(r, 20))

    const summary = writeSite(out, { site: 'madrid', files: current }, { full: true })
    expect(summary).toEqual({ site: 'madrid', written: 3, unchanged: 2, deleted: 1, changed: ['es/a.html', 'es/b.html', 'es/c.html', 'es/stray.html'] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'hola 2', 'es/a.html': 'a', 'es/b.html': 'b', 'es/c.html': 'c', 'es/keep.html': 'keep' })
    expect([stat(out, 'es/keep.html').ino, stat(out, 'es/keep.html').mtimeMs]).toEqual([kept.ino, kept.mtimeMs])

    // The copy it replaced held the damage: the next builds, which write into it in turn, must not bring it back.
    for (const version of ['hola 3', 'hola 4', 'hola 5']) {
      const next = current.map((f) => (f.path === 'es/index.html' ? file(f.path, version) : f))
      expect(writeSite(out, { site: 'madrid', files: next }).changed).toEqual(['es/index.html'])
      expect(snapshot(out)).toEqual({ 'es/index.html': version, 'es/a.html': 'a', 'es/b.html': 'b', 'es/c.html': 'c', 'es/keep.html': 'keep' })
      prepareStandby(out, 'madrid')
    }
  })

  it('full recovers from a live manifest that cannot be read without rewriting the files that are right', async () => {
    const out = tmp()
    const files = [file('es/index.html', 'hola'), file('en/index.html', 'hello')]
    writeSite(out, { site: 'madrid', files })
    const before = stat(out, 'es/index.html')
    const live = path.basename(fs.readlinkSync(path.join(out, 'madrid')))
    fs.writeFileSync(path.join(out, '.chancery', 'madrid', `${live}.manifest.json`), '{"generation": 3, "fi')
    await new Promise((r) => setTimeout(r, 20))
    expect(writeSite(out, { site: 'madrid', files }, { full: true })).toMatchObject({ written: 0, unchanged: 2, changed: [] })
    expect([stat(out, 'es/index.html').ino, stat(out, 'es/index.html').mtimeMs]).toEqual([before.ino, before.mtimeMs])
    // The manifest is whole again: an ordinary build trusts it and writes nothing.
    expect(writeSite(out, { site: 'madrid', files })).toMatchObject({ written: 0, unchanged: 2 })
    expect(stat(out, 'es/index.html').ino).toBe(before.ino)
  })

  it('full keeps preserved files as they are on disk and writes only the planned ones that differ', () => {
    const out = tmp()
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola'), file('en/index.html', 'hello')] })
    const en = stat(out, 'en/index.html')
    const summary = writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola 2')] }, { full: true, preserve: (p) => !p.startsWith('es/') })
    expect(summary).toEqual({ site: 'madrid', written: 1, unchanged: 0, deleted: 0, changed: ['es/index.html'] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'hola 2', 'en/index.html': 'hello' })
    expect(stat(out, 'en/index.html').ino).toBe(en.ino)
    expect(writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola 2'), file('en/index.html', 'hello')] })).toMatchObject({ written: 0 })
  })
})

describe('writeSite standby copy', () => {
  it('a small change to a large site touches only the changed files, in both copies', () => {
    const out = tmp()
    const files = Array.from({ length: 200 }, (_, i) => file(`es/news/n${i}/index.html`, `news ${i}`))
    writeSite(out, { site: 'madrid', files })
    writeSite(out, { site: 'madrid', files: [...files.slice(1), file('es/index.html', 'home')] })
    prepareStandby(out, 'madrid')
    const state = path.join(out, '.chancery', 'madrid')
    const inodes = (copy: string) => fs.readdirSync(path.join(state, copy, 'es/news')).map((d) => fs.statSync(path.join(state, copy, 'es/news', d, 'index.html')).ino)
    expect(inodes('a').sort()).toEqual(inodes('b').sort())

    const summary = writeSite(out, { site: 'madrid', files: [file('es/index.html', 'home 2')] }, { preserve: (p) => p.startsWith('es/news/') })
    expect(summary).toEqual({ site: 'madrid', written: 1, unchanged: 0, deleted: 0, changed: ['es/index.html'] })
    expect(read(out, 'es/index.html')).toBe('home 2')
    prepareStandby(out, 'madrid')
    expect(inodes('a').sort()).toEqual(inodes('b').sort())
    expect(fs.readFileSync(path.join(state, 'a', 'es/index.html'), 'utf8')).toBe('home 2')
    expect(fs.readFileSync(path.join(state, 'b', 'es/index.html'), 'utf8')).toBe('home 2')
  })

  it('a standby left dirty by a killed build is rebuilt from the live copy before it is written to', () => {
    const out = tmp()
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'v1'), file('es/old.html', 'old')] })
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'v2'), file('es/old.html', 'old')] })
    const state = path.join(out, '.chancery', 'madrid')
    const standby = fs.readlinkSync(path.join(out, 'madrid')).endsWith('a') ? 'b' : 'a'
    // What a build killed while writing the standby leaves: a stray file and no manifest.
    fs.writeFileSync(path.join(state, standby, 'es', 'stray.html'), 'half-written')
    fs.rmSync(path.join(state, `${standby}.manifest.json`))
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'v3'), file('es/old.html', 'old')] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'v3', 'es/old.html': 'old' })
  })

  it('takes over a site written in the older one-version-per-build layout', () => {
    const out = tmp()
    const legacy = path.join(out, '.chancery', 'madrid', 'lq8x-1-abc')
    fs.mkdirSync(path.join(legacy, 'es'), { recursive: true })
    fs.writeFileSync(path.join(legacy, 'es', 'index.html'), 'hola')
    fs.writeFileSync(path.join(out, '.chancery', 'madrid', 'lq8x-1-abc.manifest.json'), JSON.stringify({ 'es/index.html': 'stale' }))
    fs.symlinkSync(path.relative(out, legacy), path.join(out, 'madrid'), 'dir')
    writeSite(out, { site: 'madrid', files: [file('es/index.html', 'hola 2')] })
    expect(snapshot(out)).toEqual({ 'es/index.html': 'hola 2' })
    expect(fs.existsSync(legacy)).toBe(false)
  })
})
