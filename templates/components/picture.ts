import type { ImageView } from '../../src/content/viewModels'
import { html, type SafeHtml } from '../html/html'

export type PictureOptions = {
  /** Images below the fold load lazily; the first image a reader sees must not wait. */
  lazy: boolean
  sizes?: string
}

/** Modern formats first, then a fallback <img> with its intrinsic size, so the layout never jumps. */
export function picture(image: ImageView, { lazy, sizes = '(max-width: 66rem) 100vw, 66rem' }: PictureOptions): SafeHtml {
  return html`<picture>${image.sources.map((source) => html`<source type="${source.type}" srcset="${source.srcset}" sizes="${sizes}">`)}<img src="${image.src}" width="${image.width}" height="${image.height}" alt="${image.alt}"${lazy ? html` loading="lazy"` : html` fetchpriority="high"`} decoding="async"></picture>`
}
