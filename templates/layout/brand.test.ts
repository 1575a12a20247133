import { describe, expect, it } from 'vitest'

import { DEFAULT_BRAND, SURFACE, brandCss, brandTokens, contrastRatio } from './brand'

describe('brand tokens', () => {
  it('computes WCAG contrast ratios (black on white is 21, equal colours 1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('puts white text on a dark primary and ink on a pale one', () => {
    expect(brandTokens({ ...DEFAULT_BRAND, primary: '#0b3d91' })['--brand-on-primary']).toBe('#ffffff')
    expect(brandTokens({ ...DEFAULT_BRAND, primary: '#ffd100' })['--brand-on-primary']).toBe('#1b1b1b')
  })

  it('keeps links and body text at AA contrast on the palest background, falling back to ink', () => {
    const pale = brandTokens({ ...DEFAULT_BRAND, primary: '#7fd3f7', text: '#999999' })
    expect(pale['--brand-link']).toBe('#1b1b1b')
    expect(pale['--brand-text']).toBe('#1b1b1b')
    const dark = brandTokens(DEFAULT_BRAND)
    expect(contrastRatio(dark['--brand-link'], SURFACE)).toBeGreaterThanOrEqual(4.5)
    expect(dark['--brand-link']).toBe(DEFAULT_BRAND.primary)
  })

  it('replaces values that are not a colour or a font list, so nothing can escape the <style> element', () => {
    const css = brandCss({
      ...DEFAULT_BRAND,
      primary: 'red;}</style><script>alert(1)</script>',
      bodyFont: 'x</style><script>alert(1)</script>',
    })
    expect(css).not.toContain('<')
    expect(css).toContain(`--brand-primary:${DEFAULT_BRAND.primary}`)
    expect(css).toContain(`--brand-body-font:${DEFAULT_BRAND.bodyFont}`)
  })
})
