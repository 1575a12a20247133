import { rewriteSrcset } from '../../src/feeds/srcset'
import type { ImageView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'
import type { Linker } from '../layout/links'

export type PictureOptions = {
  /** Images below the fold load lazily; the first image a reader sees must not wait. */
  lazy: boolean
  sizes?: string
}

/**
 * Modern formats first, then a fallback <img> with its intrinsic size, so the layout never jumps.
 * Every file is linked from the page (`link.url`): a site's own images stay inside its folder.
 */
export function picture(image: ImageView, link: Linker, { lazy, sizes = '(max-width: 66rem) 100vw, 66rem' }: PictureOptions): SafeHtml {
  return html`<picture>${image.sources.map((source) => html`<source type="${source.type}" srcset="${rewriteSrcset(source.srcset, link.url)}" sizes="${sizes}">`)}<img src="${link.url(image.src)}" width="${image.width}" height="${image.height}" alt="${image.alt}"${lazy ? html` loading="lazy"` : html` fetchpriority="high"`} decoding="async"></picture>`
}
