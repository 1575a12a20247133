import { describe, expect, it } from 'vitest'
import { rewriteSrcset } from './srcset'

const upper = (url: string) => `[${url}]`

describe('rewriteSrcset', () => {
  it('rewrites each candidate URL and keeps its descriptor', () => {
    expect(rewriteSrcset('a.png 1x, b.png 2x', upper)).toBe('[a.png] 1x, [b.png] 2x')
    expect(rewriteSrcset('a-640.jpg 640w,a-1280.jpg 1280w', upper)).toBe('[a-640.jpg] 640w, [a-1280.jpg] 1280w')
  })

  it('keeps commas inside a URL such as a data: URL', () => {
    expect(rewriteSrcset('data:image/png;base64,AAAA 1x, b.png 2x', upper)).toBe('[data:image/png;base64,AAAA] 1x, [b.png] 2x')
  })

  it('ends a descriptor-less candidate at its trailing comma', () => {
    expect(rewriteSrcset('a.png, b.png 2x', upper)).toBe('[a.png], [b.png] 2x')
    expect(rewriteSrcset('a.png,,, b.png', upper)).toBe('[a.png], [b.png]')
    expect(rewriteSrcset('  a.png  ', upper)).toBe('[a.png]')
  })

  it('tolerates extra whitespace and stray commas', () => {
    expect(rewriteSrcset('\n a.png\t1x ,, b.png 2x ,', upper)).toBe('[a.png] 1x, [b.png] 2x')
    expect(rewriteSrcset(' , ', upper)).toBe('')
  })
})
