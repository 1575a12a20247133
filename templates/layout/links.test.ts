import { describe, expect, it } from 'vitest'

import { absoluteLinker, relativeLinker } from './links'

const BASE = 'https://host.example/sites/madrid'

describe('links between pages', () => {
  it('climbs to the site folder from any page, so a mission folder works under any prefix', () => {
    expect(relativeLinker('es/', BASE)('assets/site.css')).toBe('../assets/site.css')
    expect(relativeLinker('es/news/page/2/', BASE)('es/news/')).toBe('../../../../es/news/')
    expect(relativeLinker('es/404.html', BASE)('es/')).toBe('../es/')
  })

  it('resolves to the intended page from the page it is written on', () => {
    const from = 'https://host.example/sites/madrid/es/news/page/2/'
    expect(new URL(relativeLinker('es/news/page/2/', BASE)('en/contact/'), from).href).toBe('https://host.example/sites/madrid/en/contact/')
  })

  it('links an absolute URL inside the site relatively, and leaves any other URL absolute', () => {
    const link = relativeLinker('es/news/visita/', BASE)
    expect(link.url(`${BASE}/assets/media/foto%20de%20prensa.jpg`)).toBe('../../../assets/media/foto%20de%20prensa.jpg')
    expect(new URL(link.url(`${BASE}/assets/media/a.jpg`), `${BASE}/es/news/visita/`).href).toBe(`${BASE}/assets/media/a.jpg`)
    // Another site of the same host (the ministry's, or a mission whose name starts alike) is not this one.
    expect(link.url('https://host.example/sites/ministry/assets/media/a.jpg')).toBe('https://host.example/sites/ministry/assets/media/a.jpg')
    expect(link.url('https://host.example/sites/madrid-consulado/assets/a.jpg')).toBe('https://host.example/sites/madrid-consulado/assets/a.jpg')
  })

  it('links absolutely from the base URL when asked (404 pages), own images included', () => {
    expect(absoluteLinker('https://madrid.example.gob.ec')('es/')).toBe('https://madrid.example.gob.ec/es/')
    expect(absoluteLinker('https://madrid.example.gob.ec').url('https://madrid.example.gob.ec/assets/media/a.jpg')).toBe('https://madrid.example.gob.ec/assets/media/a.jpg')
  })
})
