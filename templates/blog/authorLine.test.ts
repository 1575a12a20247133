import { describe, expect, it } from 'vitest'

import type { BlogPostView } from '../../src/blog/blogView'
import { authorLine } from './authorLine'

const post = (authors: { name: string; role: string | null }[]) => ({ authors }) as unknown as BlogPostView

describe('authorLine', () => {
  it('signs with every author in the locale’s list style, each name and role isolated from the page’s direction', () => {
    const two = post([{ name: 'Lucía Andrade', role: 'Embajadora' }, { name: 'Pablo Mera', role: null }])
    expect(String(authorLine('es', two))).toBe('<span class="byline">Por <bdi>Lucía Andrade (Embajadora)</bdi> y <bdi>Pablo Mera</bdi></span>')
    // A Spanish signature on an Arabic page keeps its brackets around its own role.
    expect(String(authorLine('ar', post([{ name: 'Andrés Salazar', role: 'Viceministro' }])))).toContain('<bdi>Andrés Salazar (Viceministro)</bdi>')
  })

  it('escapes what editors typed', () => {
    expect(String(authorLine('en', post([{ name: '<script>x</script>', role: 'A & B' }])))).toContain('<bdi>&lt;script&gt;x&lt;/script&gt; (A &amp; B)</bdi>')
  })

  it('writes nothing for a post with no author', () => {
    expect(String(authorLine('en', post([])))).toBe('')
  })
})
