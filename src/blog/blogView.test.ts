import { describe, expect, it } from 'vitest'

import type { RawNetwork } from '../content/loadNetwork'
import { blogPostViews } from './blogView'

const post = (title: Record<string, string>, summary: Record<string, string>) => ({
  id: 'post-1', slug: 'una-entrada', title, summary, body: null, publishedAt: '2026-11-30T10:00:00.000Z', updatedAt: '2026-11-30T10:00:00.000Z', mission: null, authors: [{ name: 'Ana Ruiz', role: { es: 'Ministra' } }],
})

describe('blogPostViews', () => {
  it('marks the texts of a post shown in the fallback language for want of a translation, and not those translated', () => {
    const raw = { blogPosts: [post({ es: 'Entrada', en: 'Post' }, { es: 'Resumen' })] } as unknown as RawNetwork
    const [english] = blogPostViews(raw, null, 'en', 'es', 'https://ministry.example.org/')
    expect(english).toMatchObject({ title: 'Post', summary: 'Resumen', textLanguages: { summary: 'es' } })
    const [spanish] = blogPostViews(raw, null, 'es', 'es', 'https://ministry.example.org/')
    expect(spanish.textLanguages).toBeUndefined()
  })
})
