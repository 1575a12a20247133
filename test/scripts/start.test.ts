import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEnvironment } from '../../src/config/startEnvironment'
import { PREPARED_SOURCES, preparedBuildDir } from '../../src/start/preparedBuild'
import { stopLikeCtrlC } from '../../src/start/processGroup'
import { appFingerprint, ensureAppBuild } from '../support/appBuild'
import { freePort } from '../support/nextServer'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const SLOW = 300_000

describe('npm start -- --dev on an empty data directory', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-start-'))
  const sitesDir = path.join(dataDir, 'sites')
  let child: ReturnType<typeof spawn> | undefined
  let output = ''
  let port = 0

  afterAll(() => removeStart(child, port, dataDir))

  /** `npm start` on this data folder and port, its output collected from now on. */
  const npmStart = () => {
    output = ''
    // The development server, which a start without a prepared build of these sources runs too.
    child = spawn('npm', ['start', '--', '--dev'], { cwd: ROOT, env: startEnv(port, dataDir, sitesDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))
  }

  it('seeds the demo network, prints the logins, generates the sites, and serves the admin, the API and the sites', async () => {
    port = await freePort()
    fs.writeFileSync(path.join(ROOT, `tsconfig.start-${port}.json`), JSON.stringify({ extends: './tsconfig.json' }))
    npmStart()

    const base = `http://127.0.0.1:${port}`
    // The server listens while the demo network is still being seeded…
    await expect
      .poll(
        async () => {
          if (child!.exitCode !== null) throw new Error(`npm start exited with ${child!.exitCode}:\n${output}`)
          return listening(port)
        },
        { timeout: SLOW, interval: 200 },
      )
      .toBe(true)
    expect(output, 'the server answered only after the seed').not.toContain('Database ready in')
    // …and what needs the database waits until the seed has made the accounts, and the missions
    // they belong to, with the logins printed: never the first-user form.
    const during = await fetch(`${base}/api/missions?limit=1`, { signal: AbortSignal.timeout(SLOW) })
    expect(during.status).toBe(200)
    expect((await during.json()).totalDocs).toBeGreaterThanOrEqual(15)
    expect(output).toContain('The demo accounts are ready')
    expect(output).toContain('admin@chancery.example')
    const signIn = await fetch(`${base}/admin`, { signal: AbortSignal.timeout(SLOW) })
    expect(signIn.status).toBe(200)
    expect(new URL(signIn.url).pathname).not.toContain('create-first-user')
    // The rest of the network follows, and the sites are generated from all of it.
    await expect.poll(() => output, { timeout: SLOW, interval: 250 }).toContain('Database ready in')
    const releases = await (await fetch(`${base}/api/press-releases?limit=1`)).json()
    expect(releases.totalDocs).toBeGreaterThanOrEqual(45)

    // The sites appear once they are generated.
    await expect
      .poll(async () => (await fetch(`${base}/sites/madrid/es/`).catch(() => null))?.status ?? 0, { timeout: SLOW, interval: 500 })
      .toBe(200)
    // A site is served once its own files are in; the summary follows when every site is.
    await expect.poll(() => output, { timeout: SLOW, interval: 500 }).toMatch(/\d+ sites, \d+ files written/)
    expect(output.indexOf('Generating the sites')).toBeGreaterThan(output.indexOf('Database ready in'))

    const missions = await (await fetch(`${base}/api/missions?limit=1`)).json()
    expect(missions.totalDocs).toBeGreaterThanOrEqual(15)
    expect(output).toContain('admin@chancery.example')
    expect(output).toMatch(/http:\/\/localhost:\d+\/admin/)
    expect(fs.existsSync(path.join(dataDir, 'chancery.db'))).toBe(true)
    expect(fs.statSync(path.join(dataDir, '.payload-secret')).mode & 0o077).toBe(0)

    // The generated sites are served too, with validators for cheap polling.
    const site = await fetch(`${base}/sites/madrid/es/`, { signal: AbortSignal.timeout(SLOW) })
    expect(site.status).toBe(200)
    expect(await site.text()).toContain('lang="es"')
    const feed = await fetch(`${base}/sites/madrid/es/feed.xml`)
    expect(feed.headers.get('content-type')).toContain('application/rss+xml')
    const again = await fetch(`${base}/sites/madrid/es/feed.xml`, { headers: { 'If-None-Match': feed.headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect(fs.existsSync(path.join(sitesDir, 'feeds.opml'))).toBe(true)

    const admin = await fetch(`${base}/admin/login`, { signal: AbortSignal.timeout(SLOW) })
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<html')
  }, SLOW * 2)

  it('starts again on the seeded database without waiting for a seed, and brings the sites up to date', async () => {
    const logins = /admin@chancery\.example\s+(\S+)/.exec(output)
    expect(logins, 'the first start printed the administrator\'s password').not.toBeNull()
    await stopLikeCtrlC(child!.pid!)
    npmStart()
    const base = `http://127.0.0.1:${port}`
    await expect
      .poll(
        async () => {
          if (child!.exitCode !== null) throw new Error(`npm start exited with ${child!.exitCode}:\n${output}`)
          const res = await fetch(`${base}/admin`, { signal: AbortSignal.timeout(60_000) }).catch(() => null)
          return res?.status ?? 0
        },
        { timeout: SLOW, interval: 500 },
      )
      .toBe(200)
    await expect.poll(() => output, { timeout: SLOW, interval: 500 }).toMatch(/\d+ sites, \d+ files written/)
    expect(output).not.toContain('Preparing a production build') // --dev prepares none
    expect(output).not.toContain('seeding')
    expect(output).not.toContain('The server waits for npm start')
    expect(output).not.toContain('admin@chancery.example') // no new logins: the seed did not run
    expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.gate'))).toEqual([])

    // The development server runs the jobs queue (started by the first request that opened
    // Payload, src/jobs/startJobRunnerInDevServer.ts): a publish over REST reaches the release's page.
    await publishReachesPage(base, logins![1], sitesDir, `Publicado con npm start ${Date.now()}`)
  }, SLOW * 2)
})

describe('npm start with a production build prepared from the same sources', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-start-prepared-'))
  const sitesDir = path.join(dataDir, 'sites')
  let child: ReturnType<typeof spawn> | undefined
  let output = ''
  let port = 0

  afterAll(() => removeStart(child, port, dataDir))

  // The tests' shared build is made as npm start prepares its own (nextBuildInHalves, from
  // these sources): linked where the start looks for its prepared build, it stands in for one.
  beforeAll(async () => {
    port = await freePort()
    const build = await ensureAppBuild()
    fs.writeFileSync(path.join(ROOT, build, PREPARED_SOURCES), `${appFingerprint()}\n`)
    fs.symlinkSync(path.join(ROOT, build), path.join(ROOT, preparedBuildDir(`.next-start-${port}`)))
    fs.writeFileSync(path.join(ROOT, `tsconfig.start-${port}.json`), JSON.stringify({ extends: './tsconfig.json' }))
  }, SLOW * 2)

  it('serves it with the production server, behind the seed of a fresh data folder’s accounts, and prepares no other', async () => {
    child = spawn('npm', ['start'], { cwd: ROOT, env: startEnv(port, dataDir, sitesDir), detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))

    const base = `http://127.0.0.1:${port}`
    await expect
      .poll(
        async () => {
          if (child!.exitCode !== null) throw new Error(`npm start exited with ${child!.exitCode}:\n${output}`)
          const res = await fetch(`${base}/admin`, { signal: AbortSignal.timeout(60_000) }).catch(() => null)
          return res ? `${res.status} ${new URL(res.url).pathname}` : 'no answer'
        },
        { timeout: SLOW, interval: 250 },
      )
      .toMatch(/^200 \/admin(\/login)?$/) // the sign-in page, not the first-user form: the accounts came first
    expect(output).toContain('Serving the production build an earlier start prepared')
    expect(output).toContain('The demo accounts are ready')
    await expect.poll(() => output, { timeout: SLOW, interval: 250 }).toContain('Database ready in')
    const server = processesOfGroup(child.pid!).find((p) => p.argv.some((arg) => arg.endsWith(path.join('scripts', 'serve.ts'))))
    expect(server, output).toBeDefined()
    expect(server!.env.NODE_ENV).toBe('production')
    expect(server!.env.NEXT_DIST_DIR).toBe(`.next-start-${port}-production`)
    expect(server!.env.SITES_PUBLIC_URL).toBe(`http://localhost:${port}/sites`)
    // The development secret of this data folder, as the start's own Payload used for the seed.
    expect(server!.env.PAYLOAD_SECRET).toBe(fs.readFileSync(path.join(dataDir, '.payload-secret'), 'utf8').trim())
    expect(output, 'the database npm start pushed is expected, not warned about').not.toContain('Migrations not run')

    await expect.poll(() => output, { timeout: SLOW, interval: 500 }).toMatch(/\d+ sites, \d+ files written/)
    expect((await fetch(`${base}/sites/madrid/es/`)).status).toBe(200)
    expect(output).not.toContain('Preparing a production build')

    // The production server runs the jobs queue: a publish over REST reaches the release's page.
    const password = /admin@chancery\.example\s+(\S+)/.exec(output)![1]!
    await publishReachesPage(base, password, sitesDir, `Publicado con la compilación preparada ${Date.now()}`)
  }, SLOW * 2)
})

/** The environment of a test's `npm start`: its own port, data folder and Next folders; nothing of the developer's. */
function startEnv(port: number, dataDir: string, sitesDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), DATA_DIR: dataDir, SITES_DIR: sitesDir,
    NEXT_DIST_DIR: `.next-start-${port}`, NEXT_TSCONFIG_PATH: `tsconfig.start-${port}.json`,
  }
  for (const name of ['DATABASE_URL', 'PAYLOAD_SECRET', 'SITES_PUBLIC_URL', 'NODE_ENV']) delete env[name]
  return env
}

/** Signs in as the demo administrator, retitles a mission's published release over REST, and waits for its page to say so. */
async function publishReachesPage(base: string, password: string, sitesDir: string, title: string): Promise<void> {
  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@chancery.example', password }) })
  expect(login.status).toBe(200)
  const auth = { authorization: `JWT ${(await login.json()).token}`, 'content-type': 'application/json' }
  const found = await (await fetch(`${base}/api/press-releases?locale=es&depth=1&limit=1&where[mission][exists]=true&where[_status][equals]=published`, { headers: auth })).json()
  const release = found.docs[0] as { id: string; slug: string; mission: { slug: string } }
  const saved = await fetch(`${base}/api/press-releases/${release.id}?locale=es`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title }) })
  expect(saved.status, await saved.text()).toBe(200)
  const page = path.join(sitesDir, release.mission.slug, 'es', 'news', release.slug, 'index.html')
  await expect.poll(() => (fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : ''), { timeout: 120_000, interval: 500 }).toContain(title)
}

/** Stops a start left running (npm, tsx and Next form one process group: none of them may still be writing) and removes its folders. */
async function removeStart(child: ChildProcess | undefined, port: number, dataDir: string): Promise<void> {
  if (child?.pid) await stopLikeCtrlC(child.pid)
  fs.rmSync(path.join(ROOT, `.next-start-${port}-production`), { force: true }) // a link to the tests' build, if any
  fs.rmSync(path.join(ROOT, `.next-start-${port}`), { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  fs.rmSync(path.join(ROOT, `tsconfig.start-${port}.json`), { force: true })
  fs.rmSync(dataDir, { recursive: true, force: true })
}

/** Whether something accepts connections on the port (the server listens, whatever it answers). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** The processes of one process group, each with its command line and environment (Linux /proc). */
function processesOfGroup(pgid: number): { pid: number; argv: string[]; env: Record<string, string> }[] {
  const found = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which sits in parentheses and may hold spaces: state, ppid, pgrp.
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgrp !== pgid) continue
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean)
      const env = Object.fromEntries(
        fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      )
      found.push({ pid: Number(entry), argv, env })
    } catch {
      /* exited meanwhile */
    }
  }
  return found
}

describe('npm start -- --no-build', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-start-nobuild-'))
  let child: ReturnType<typeof spawn> | undefined
  let output = ''
  let port = 0

  afterAll(() => removeStart(child, port, dataDir))

  // The server's rebuild jobs take their public address from its environment: without one, a
  // publish rebuilds that mission with its real address while the sites built before point here.
  it('gives the server it starts the local public address of the sites, as the start that builds does', async () => {
    port = await freePort()
    fs.writeFileSync(path.join(ROOT, `tsconfig.start-${port}.json`), JSON.stringify({ extends: './tsconfig.json' }))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SITES_DIR: path.join(dataDir, 'sites'),
      NEXT_DIST_DIR: `.next-start-${port}`,
      NEXT_TSCONFIG_PATH: `tsconfig.start-${port}.json`,
    }
    delete env.DATABASE_URL
    delete env.PAYLOAD_SECRET
    delete env.SITES_PUBLIC_URL
    child = spawn('npm', ['start', '--', '--no-seed', '--no-build', '--dev'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))

    // The environment Next itself runs with; no need to wait for it to compile anything.
    const isNextDev = (argv: string[]) => argv.includes('dev') && argv.some((arg) => /[/\\]next$/.test(arg))
    let server: ReturnType<typeof processesOfGroup>[number] | undefined
    await expect
      .poll(
        () => {
          if (child!.exitCode !== null) throw new Error(`npm start exited with ${child!.exitCode}:\n${output}`)
          server = processesOfGroup(child!.pid!).find((p) => isNextDev(p.argv))
          return server !== undefined
        },
        { timeout: 120_000, interval: 200 },
      )
      .toBe(true)
    expect(server!.env.SITES_PUBLIC_URL, output).toBe(`http://localhost:${port}/sites`)
  }, 180_000)
})

describe('the environment npm start gives the server', () => {
  it('keeps a public address the user chose, even an empty one (the missions’ own addresses)', () => {
    expect(startEnvironment({ SITES_PUBLIC_URL: 'https://sites.example.org' }, '3000').SITES_PUBLIC_URL).toBe('https://sites.example.org')
    expect(startEnvironment({ SITES_PUBLIC_URL: '' }, '3000').SITES_PUBLIC_URL).toBe('')
    expect(startEnvironment({ PORT: '4100' }, '4100')).toEqual({ PORT: '4100', SITES_PUBLIC_URL: 'http://localhost:4100/sites' })
  })
})
