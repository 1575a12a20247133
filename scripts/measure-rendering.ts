/**
 * Renders the same realistic page (a news index: head, header, navigation, language
 * switcher, 20 items, pagination, footer) with each candidate renderer and reports
 * pages/second and memory. Each candidate runs in its own child process so peak RSS
 * belongs to it alone.
 *
 *   DISABLE_PAYLOAD_HMR=true npx tsx scripts/measure-rendering.ts [--pages 20000] [--json]
 */
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'

import Kita from '@kitajs/html'
import { h as preactH } from 'preact'
import { render as preactRender } from 'preact-render-to-string'
import { createElement as reactH } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { missionSiteFixture } from '../templates/fixtures/missionSite'
import { html, trustedHtml, type SafeHtml } from '../templates/html/html'
import { newsIndexPage } from '../templates/pages/newsIndex'

type Item = { slug: string; title: string; summary: string; date: string; topics: string[] }
type PageData = {
  lang: string; title: string; missionName: string; canonical: string
  nav: { href: string; label: string }[]; locales: { href: string; code: string; label: string }[]
  items: Item[]; page: number; footer: { href: string; label: string }[]; footerText: string
}

const HOSTILE = '<script>alert(1)</script> "quotes" & ampersands'

function pageData(n: number): PageData {
  return {
    lang: 'es', title: `Noticias — página ${n % 50}`, missionName: 'Embajada del Ecuador en España',
    canonical: `https://madrid.example.gob.ec/es/news/archive/${(n % 50) + 1}/`,
    nav: ['Inicio', 'Noticias', 'Servicios', 'Contacto', 'Redes sociales', 'La embajada', 'Relaciones bilaterales', 'Comercio', 'Turismo']
      .map((label, i) => ({ href: `../../section-${i}/`, label })),
    locales: [{ href: '../../../en/news/', code: 'en', label: 'English' }, { href: '../../../ar/news/', code: 'ar', label: 'العربية' }],
    items: Array.from({ length: 20 }, (_, i) => ({
      slug: `comunicado-${n}-${i}`,
      title: i === 3 ? HOSTILE : `Comunicado oficial número ${n * 20 + i} sobre asuntos consulares y bilaterales`,
      summary: 'La Embajada informa a la comunidad ecuatoriana residente en España sobre los nuevos horarios de atención, los requisitos actualizados y las jornadas del consulado móvil.',
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(), topics: ['Consular', 'Comunidad'],
    })),
    page: n % 50,
    footer: [{ href: 'https://cooperacion.example.gob.ec/', label: 'Agencia de Cooperación' }, { href: 'https://academia.example.gob.ec/', label: 'Academia Diplomática' }],
    footerText: 'Ministerio de Relaciones Exteriores y Movilidad Humana',
  }
}

const dateFormat = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' })

// --- tagged template (templates/html/html.ts) ---
function taggedTemplate(d: PageData): string {
  const item = (it: Item): SafeHtml => html`<li class="news-item"><article><h2><a href="../${it.slug}/">${it.title}</a></h2>
<p><time datetime="${it.date}">${dateFormat.format(new Date(it.date))}</time></p><p>${it.summary}</p>
<ul class="topics">${it.topics.map((t) => html`<li>${t}</li>`)}</ul></article></li>`
  return html`<!doctype html><html lang="${d.lang}" dir="ltr"><head><meta charset="utf-8"><title>${d.title}</title>
<link rel="canonical" href="${d.canonical}"><link rel="stylesheet" href="../../assets/site.css"></head><body>
<a class="skip-link" href="#main">Saltar al contenido</a><header><p class="mission">${d.missionName}</p>
<nav aria-label="Principal"><ul>${d.nav.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul></nav>
<ul class="languages">${d.locales.map((l) => html`<li><a href="${l.href}" hreflang="${l.code}" lang="${l.code}">${l.label}</a></li>`)}</ul></header>
<main id="main"><h1>${d.title}</h1><ol class="news-list">${d.items.map(item)}</ol>
<nav aria-label="Paginación"><a rel="prev" href="../${d.page - 1}/">Anterior</a> <a rel="next" href="../${d.page + 1}/">Siguiente</a></nav></main>
<footer><ul>${d.footer.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul><p>${d.footerText}</p>${trustedHtml('')}</footer></body></html>`.value
}

// --- JSX-shaped candidates: the element calls are what the JSX compiler would emit ---
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown
function vdomPage(h: H, d: PageData): unknown {
  return h('html', { lang: d.lang, dir: 'ltr' },
    h('head', null, h('meta', { charSet: 'utf-8' }), h('title', null, d.title),
      h('link', { rel: 'canonical', href: d.canonical }), h('link', { rel: 'stylesheet', href: '../../assets/site.css' })),
    h('body', null,
      h('a', { className: 'skip-link', href: '#main' }, 'Saltar al contenido'),
      h('header', null, h('p', { className: 'mission' }, d.missionName),
        h('nav', { 'aria-label': 'Principal' }, h('ul', null, ...d.nav.map((l) => h('li', { key: l.href }, h('a', { href: l.href }, l.label))))),
        h('ul', { className: 'languages' }, ...d.locales.map((l) => h('li', { key: l.code }, h('a', { href: l.href, hrefLang: l.code, lang: l.code }, l.label))))),
      h('main', { id: 'main' }, h('h1', null, d.title),
        h('ol', { className: 'news-list' }, ...d.items.map((it) => h('li', { className: 'news-item', key: it.slug }, h('article', null,
          h('h2', null, h('a', { href: `../${it.slug}/` }, it.title)),
          h('p', null, h('time', { dateTime: it.date }, dateFormat.format(new Date(it.date)))), h('p', null, it.summary),
          h('ul', { className: 'topics' }, ...it.topics.map((t) => h('li', { key: t }, t))))))),
        h('nav', { 'aria-label': 'Paginación' }, h('a', { rel: 'prev', href: `../${d.page - 1}/` }, 'Anterior'), ' ', h('a', { rel: 'next', href: `../${d.page + 1}/` }, 'Siguiente'))),
      h('footer', null, h('ul', null, ...d.footer.map((l) => h('li', { key: l.href }, h('a', { href: l.href }, l.label)))), h('p', null, d.footerText))))
}

const react = (d: PageData) => '<!doctype html>' + renderToStaticMarkup(vdomPage(reactH as unknown as H, d) as never)
const preact = (d: PageData) => '<!doctype html>' + preactRender(vdomPage(preactH as unknown as H, d) as never)

// @kitajs/html does not escape children unless told to (`safe` attribute / escapeHtml), so every text child is escaped by hand here.
function kita(d: PageData): string {
  const h = Kita.createElement as unknown as (tag: string, props: Record<string, unknown> | null, ...c: string[]) => string
  const e = Kita.escapeHtml
  return '<!doctype html>' + h('html', { lang: d.lang, dir: 'ltr' },
    h('head', null, h('meta', { charset: 'utf-8' }), h('title', null, e(d.title)),
      h('link', { rel: 'canonical', href: d.canonical }), h('link', { rel: 'stylesheet', href: '../../assets/site.css' })),
    h('body', null,
      h('a', { class: 'skip-link', href: '#main' }, 'Saltar al contenido'),
      h('header', null, h('p', { class: 'mission' }, e(d.missionName)),
        h('nav', { 'aria-label': 'Principal' }, h('ul', null, ...d.nav.map((l) => h('li', null, h('a', { href: l.href }, e(l.label)))))),
        h('ul', { class: 'languages' }, ...d.locales.map((l) => h('li', null, h('a', { href: l.href, hreflang: l.code, lang: l.code }, e(l.label)))))),
      h('main', { id: 'main' }, h('h1', null, e(d.title)),
        h('ol', { class: 'news-list' }, ...d.items.map((it) => h('li', { class: 'news-item' }, h('article', null,
          h('h2', null, h('a', { href: `../${it.slug}/` }, e(it.title))),
          h('p', null, h('time', { datetime: it.date }, dateFormat.format(new Date(it.date)))), h('p', null, e(it.summary)),
          h('ul', { class: 'topics' }, ...it.topics.map((t) => h('li', null, e(t)))))))),
        h('nav', { 'aria-label': 'Paginación' }, h('a', { rel: 'prev', href: `../${d.page - 1}/` }, 'Anterior'), ' ', h('a', { rel: 'next', href: `../${d.page + 1}/` }, 'Siguiente'))),
      h('footer', null, h('ul', null, ...d.footer.map((l) => h('li', null, h('a', { href: l.href }, e(l.label))))), h('p', null, e(d.footerText)))))
}

// The chosen approach in production form: the real news index template (shell, brand, i18n, hreflang), archive pages of 20 releases.
const fixture = missionSiteFixture('es')
const bigSite = { ...fixture, releases: Array.from({ length: 1000 }, (_, i) => ({ ...fixture.releases[i % fixture.releases.length], slug: `comunicado-${i}` })) }
const realTemplate = (d: PageData) => newsIndexPage({ site: bigSite, archive: (d.page % 49) + 1 })

const CANDIDATES: Record<string, (d: PageData) => string> = {
  'tagged-template': taggedTemplate,
  'templates/ newsIndexPage': realTemplate,
  '@kitajs/html': kita,
  'preact-render-to-string': preact,
  'react-dom/server': react,
}

/** A text child written the obvious way, without any explicit escaping: is it safe? */
const OBVIOUS_TEXT_CHILD: Record<string, () => string> = {
  'tagged-template': () => html`<p>${HOSTILE}</p>`.value,
  'templates/ newsIndexPage': () => html`<p>${HOSTILE}</p>`.value,
  '@kitajs/html': () => Kita.createElement('p', null, HOSTILE) as string,
  'preact-render-to-string': () => preactRender(preactH('p', null, HOSTILE)),
  'react-dom/server': () => renderToStaticMarkup(reactH('p', null, HOSTILE)),
}

type Result = {
  candidate: string; pages: number; seconds: number; pagesPerSecond: number; msPerPage: number; bytesPerPage: number
  peakRssMB: number; heapAfterMB: number; outputSafe: boolean; escapesByDefault: boolean
}

// 50 distinct pages, built before timing so only rendering (including date formatting) is measured.
const DATA = Array.from({ length: 50 }, (_, n) => pageData(n + 2))

function measure(name: string, pages: number): Result {
  const renderPage = CANDIDATES[name]
  const sample = renderPage(pageData(1))
  for (let i = 0; i < 1000; i++) renderPage(DATA[i % DATA.length]) // warm-up: let the JIT settle
  let bytes = 0
  const start = process.hrtime.bigint()
  for (let i = 0; i < pages; i++) bytes += renderPage(DATA[i % DATA.length]).length
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return {
    candidate: name, pages, seconds: round(seconds, 3), pagesPerSecond: Math.round(pages / seconds),
    msPerPage: round((seconds * 1000) / pages, 4), bytesPerPage: Math.round(bytes / pages),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1), heapAfterMB: round(process.memoryUsage().heapUsed / 2 ** 20, 1),
    outputSafe: !sample.includes('<script>alert') && sample.includes('&lt;script'),
    escapesByDefault: !OBVIOUS_TEXT_CHILD[name]().includes('<script>alert'),
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : fallback
}

const only = flag('--candidate', '')
const pages = Number(flag('--pages', '20000'))
if (only) {
  process.stdout.write(JSON.stringify(measure(only, pages)))
} else {
  const loadBefore = loadavg()[0]
  const results = Object.keys(CANDIDATES).map((name) => {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--candidate', name, '--pages', String(pages)], { encoding: 'utf8' })
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`)
    return JSON.parse(child.stdout) as Result
  })
  // Other work on the machine slows every candidate alike; the load average says how busy it was.
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverage1m: [round(loadBefore, 2), round(loadavg()[0], 2)] }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ machine, results }, null, 2))
  else {
    console.log(`${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load ${machine.loadAverage1m.join(' → ')}, ${pages} pages each`)
    console.table(results)
  }
}
