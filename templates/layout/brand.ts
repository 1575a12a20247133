import type { BrandView } from '../../src/content/viewModels'

const HEX = /^#[0-9a-fA-F]{6}$/
// The CMS validates fonts with this pattern; it is repeated here because the tokens land inside <style>, where HTML escaping does not apply.
const FONT_LIST = /^[\p{L}\p{N} ,'"-]+$/u

export const DEFAULT_BRAND: BrandView = {
  primary: '#0b3d91', secondary: '#ffd100', accent: '#c8102e', text: '#1b1b1b',
  headingFont: 'Georgia, serif', bodyFont: 'system-ui, sans-serif',
}

const WHITE = '#ffffff'
const INK = '#1b1b1b'
/** The palest background text sits on (panels, footer); passing on it means passing on white too. */
export const SURFACE = '#f3f2f1'
const AA_TEXT = 4.5

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5)
}

/** WCAG 2.1 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** White or ink, whichever reads better on the given background. */
function textOn(background: string): string {
  return contrastRatio(background, WHITE) >= contrastRatio(background, INK) ? WHITE : INK
}

const colour = (value: string, fallback: string) => (HEX.test(value) ? value.toLowerCase() : fallback)
const font = (value: string, fallback: string) => (FONT_LIST.test(value) ? value : fallback)

export type BrandTokens = Record<`--${string}`, string>

/**
 * The ministry's brand as CSS custom properties, with the pairings chosen so text meets
 * WCAG AA whatever colours the ministry picks: text on a brand colour is white or ink by
 * contrast, and a brand colour too pale for text on the page falls back to ink.
 */
export function brandTokens(brand: BrandView): BrandTokens {
  const primary = colour(brand.primary, DEFAULT_BRAND.primary)
  const secondary = colour(brand.secondary, DEFAULT_BRAND.secondary)
  const accent = colour(brand.accent, DEFAULT_BRAND.accent)
  const text = colour(brand.text, DEFAULT_BRAND.text)
  const bodyText = contrastRatio(text, SURFACE) >= AA_TEXT ? text : INK
  return {
    '--brand-primary': primary,
    '--brand-on-primary': textOn(primary),
    '--brand-secondary': secondary,
    '--brand-on-secondary': textOn(secondary),
    '--brand-accent': accent,
    '--brand-on-accent': textOn(accent),
    '--brand-text': bodyText,
    '--brand-link': contrastRatio(primary, SURFACE) >= AA_TEXT ? primary : bodyText,
    '--surface': SURFACE,
    '--brand-heading-font': font(brand.headingFont, DEFAULT_BRAND.headingFont),
    '--brand-body-font': font(brand.bodyFont, DEFAULT_BRAND.bodyFont),
  }
}

// One brand object serves every page of a build; computing its contrast pairings once per object is enough.
const cssByBrand = new WeakMap<BrandView, string>()

/** The tokens as a `:root` rule. Values are validated above, so nothing here can close the <style> element. */
export function brandCss(brand: BrandView): string {
  let css = cssByBrand.get(brand)
  if (css === undefined) {
    css = `:root{${Object.entries(brandTokens(brand)).map(([name, value]) => `${name}:${value}`).join(';')}}`
    cssByBrand.set(brand, css)
  }
  return css
}
