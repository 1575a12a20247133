import { describe, expect, it } from 'vitest'

import { imageView, mediaFilenames } from '../../src/content/images'

const BASE = 'https://es.embajada.example/madrid'
const MEDIA = `${BASE}/assets/media/`

type Size = { filename: string; width: number; height: number; mimeType: string }
const size = (filename: string, width: number, height: number): Size => ({
  filename, width, height, mimeType: filename.endsWith('.avif') ? 'image/avif' : 'image/webp',
})

/** A 1600×900 upload as Payload stores it: every width in WebP and AVIF. */
const photo = {
  filename: 'fachada.jpg', mimeType: 'image/jpeg', filesize: 412_000, width: 1600, height: 900,
  sizes: {
    thumbnail: size('fachada-400x225.webp', 400, 225),
    thumbnailAvif: size('fachada-400x225.avif', 400, 225),
    hero: size('fachada-1600x900.webp', 1600, 900),
    heroAvif: size('fachada-1600x900.avif', 1600, 900),
    card: size('fachada-800x450.webp', 800, 450),
    cardAvif: size('fachada-800x450.avif', 800, 450),
  },
}

describe('imageView', () => {
  it('offers AVIF first, then WebP, each narrowest first, with the original as the sized fallback', () => {
    expect(imageView(photo, 'Fachada de la embajada', BASE)).toEqual({
      src: `${MEDIA}fachada.jpg`, width: 1600, height: 900, alt: 'Fachada de la embajada', mimeType: 'image/jpeg', bytes: 412_000,
      sources: [
        { type: 'image/avif', srcset: `${MEDIA}fachada-400x225.avif 400w, ${MEDIA}fachada-800x450.avif 800w, ${MEDIA}fachada-1600x900.avif 1600w` },
        { type: 'image/webp', srcset: `${MEDIA}fachada-400x225.webp 400w, ${MEDIA}fachada-800x450.webp 800w, ${MEDIA}fachada-1600x900.webp 1600w` },
      ],
    })
  })

  it('leaves a crop out of the srcset (older uploads have a 4:3 thumbnail), but keeps a 4:3 one of a 4:3 photo', () => {
    const olderUpload = { ...photo, sizes: { ...photo.sizes, thumbnail: size('fachada-400x300.webp', 400, 300), thumbnailAvif: undefined } }
    expect(imageView(olderUpload, 'Foto', BASE)?.sources).toEqual([
      { type: 'image/avif', srcset: `${MEDIA}fachada-800x450.avif 800w, ${MEDIA}fachada-1600x900.avif 1600w` },
      { type: 'image/webp', srcset: `${MEDIA}fachada-800x450.webp 800w, ${MEDIA}fachada-1600x900.webp 1600w` },
    ])
    expect(mediaFilenames(olderUpload)).not.toContain('fachada-400x300.webp')
    const fourByThree = {
      ...photo, width: 1200, height: 900,
      sizes: { thumbnail: size('p-400x300.webp', 400, 300), card: size('p-800x600.webp', 800, 600), hero: size('p-1200x900.webp', 1200, 900) },
    }
    expect(imageView(fourByThree, 'Foto', BASE)?.sources).toEqual([
      { type: 'image/webp', srcset: `${MEDIA}p-400x300.webp 400w, ${MEDIA}p-800x600.webp 800w, ${MEDIA}p-1200x900.webp 1200w` },
    ])
  })

  it('accepts heights Payload rounded (1000×667 → 800×534) and lists a width only once', () => {
    const small = {
      ...photo, width: 1000, height: 667,
      sizes: { card: size('s-800x534.webp', 800, 534), hero: size('s-1000x667.webp', 1000, 667), heroAgain: size('s-1000x667.webp', 1000, 667) },
    }
    expect(imageView(small, 'Foto', BASE)?.sources).toEqual([
      { type: 'image/webp', srcset: `${MEDIA}s-800x534.webp 800w, ${MEDIA}s-1000x667.webp 1000w` },
    ])
  })

  it('shows an image uploaded before AVIF existed with WebP only, and one without derivatives as a plain image', () => {
    const webpOnly = { ...photo, sizes: { card: photo.sizes.card, hero: photo.sizes.hero, cardAvif: { filename: null, width: null, mimeType: null } } }
    expect(imageView(webpOnly, 'Foto', BASE)?.sources.map((s) => s.type)).toEqual(['image/webp'])
    expect(imageView({ ...photo, sizes: null }, 'Foto', BASE)?.sources).toEqual([])
  })

  it('offers no other format as a <source>: the original is the fallback', () => {
    const withJpeg = { ...photo, sizes: { card: { ...photo.sizes.card, filename: 'fachada-800x450.jpg', mimeType: 'image/jpeg' } } }
    expect(imageView(withJpeg, 'Foto', BASE)?.sources).toEqual([])
  })

  it('encodes each file name as one URL segment, so "#", "?" and spaces cannot break the URL or the srcset', () => {
    const hostile = {
      ...photo, filename: 'foto #1, día?.jpg',
      sizes: { card: size('foto #1, día?-800x450.webp', 800, 450) },
    }
    const view = imageView(hostile, 'Foto', BASE)!
    expect(view.src).toBe(`${MEDIA}foto%20%231%2C%20d%C3%ADa%3F.jpg`)
    expect(view.sources[0].srcset).toBe(`${MEDIA}foto%20%231%2C%20d%C3%ADa%3F-800x450.webp 800w`)
    expect(new URL(view.src).pathname.endsWith('/assets/media/foto%20%231%2C%20d%C3%ADa%3F.jpg')).toBe(true)
  })

  it('returns null for a missing document or one without a file or dimensions', () => {
    expect(imageView(null, 'Foto', BASE)).toBeNull()
    expect(imageView('3f2a…', 'Foto', BASE)).toBeNull()
    expect(imageView({ ...photo, filename: null }, 'Foto', BASE)).toBeNull()
    expect(imageView({ ...photo, width: 0 }, 'Foto', BASE)).toBeNull()
  })
})

describe('mediaFilenames', () => {
  it('lists exactly the files imageView refers to, by their names on disk', () => {
    const hostile = { ...photo, filename: 'foto #1.jpg', sizes: { ...photo.sizes, card: size('foto #1-800x450.webp', 800, 450) } }
    for (const doc of [photo, hostile]) {
      const view = imageView(doc, 'Foto', BASE)!
      const urls = [view.src, ...view.sources.flatMap((s) => s.srcset.split(', ').map((candidate) => candidate.split(' ')[0]))]
      const referenced = urls.map((u) => decodeURIComponent(u.slice(MEDIA.length)))
      expect(mediaFilenames(doc).sort()).toEqual(referenced.sort())
    }
    expect(mediaFilenames(photo)).toHaveLength(7)
  })

  it('lists nothing for a missing document', () => {
    expect(mediaFilenames(null)).toEqual([])
    expect(mediaFilenames({ sizes: photo.sizes })).toEqual([])
  })
})
