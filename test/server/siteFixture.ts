import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { PlannedFile } from '../../src/build/outputPlan'
import { writeSite } from '../../src/build/siteWriter'

/** A sites folder written the way the generator writes it, beside a secret that must never be served. */
export type SitesFixture = { root: string; out: string; secret: string; madridFiles: PlannedFile[] }

export const SECRET = 'top secret: outside the sites folder'

export const file = (p: string, contents: string | Uint8Array): PlannedFile => ({ path: p, contents, source: `fixture ${p}` })

export function madridFiles(homeTitle = 'Embajada en Madrid'): PlannedFile[] {
  return [
    file('es/index.html', `<!doctype html><html lang="es"><title>${homeTitle}</title><a href="news/">Noticias</a></html>`),
    file('es/news/index.html', '<!doctype html><title>Noticias</title>'),
    file('es/news/visado-nuevo/index.html', '<!doctype html><title>Nuevo visado</title>'),
    file('es/feed.xml', '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Madrid</title></channel></rss>'),
    file('es/feed.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Madrid', items: [] })),
    file('es/feed-archive-1.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Madrid, page 2', items: [] })),
    file('es/topics/trade/feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Comercio</title></channel></rss>'),
    file('es/sitemap.xml', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'),
    file('es/404.html', '<!doctype html><html lang="es"><title>Página no encontrada</title></html>'),
    file('en/index.html', '<!doctype html><html lang="en"><title>Embassy in Madrid</title></html>'),
    file('assets/site.css', 'body{margin:0}'),
    file('assets/site.js', 'void 0'),
    file('assets/media/hero.webp', new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4])),
    file('assets/media/hero.avif', new Uint8Array([0, 0, 0, 0x1c, 0x66, 0x74, 0x79, 0x70])),
    file('assets/media/emblem.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
    file('assets/media/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff])),
    file('assets/emblem.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    file('robots.txt', 'User-agent: *\n'),
    file('data.json', '{"plain":true}'),
    file('data/atlas.csv', 'country,mission\r\n'),
  ]
}

export function createSitesFixture(): SitesFixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-serve-'))
  const out = path.join(root, 'sites')
  const secret = path.join(root, 'secret.txt')
  fs.writeFileSync(secret, SECRET)
  const files = madridFiles()
  writeSite(out, { site: 'madrid', files })
  writeSite(out, { site: 'ministry', files: [file('es/index.html', '<!doctype html><title>Ministerio</title>')] })
  fs.writeFileSync(path.join(out, 'feeds.opml'), '<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>')
  return { root, out, secret, madridFiles: files }
}
