import { describe, expect, it } from 'vitest'

import { absoluteLinker, relativeLinker } from './links'

describe('links between pages', () => {
  it('climbs to the site folder from any page, so a mission folder works under any prefix', () => {
    expect(relativeLinker('es/')('assets/site.css')).toBe('../assets/site.css')
    expect(relativeLinker('es/news/page/2/')('es/news/')).toBe('../../../../es/news/')
    expect(relativeLinker('es/404.html')('es/')).toBe('../es/')
  })

  it('resolves to the intended page from the page it is written on', () => {
    const from = 'https://host.example/sites/madrid/es/news/page/2/'
    expect(new URL(relativeLinker('es/news/page/2/')('en/contact/'), from).href).toBe('https://host.example/sites/madrid/en/contact/')
  })

  it('links absolutely from the base URL when asked (404 pages)', () => {
    expect(absoluteLinker('https://madrid.example.gob.ec')('es/')).toBe('https://madrid.example.gob.ec/es/')
  })
})
