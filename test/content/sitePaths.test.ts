import { expect, it } from 'vitest'
import { absoluteUrl } from '../../src/content/sitePaths'
it("absoluteUrl gives exactly what the URL parser gives, for plain and unusual paths and bases", () => {
  const bases = ['https://x.example/madrid/', 'https://x.example/madrid', 'https://X.example:443/a b/', 'https://x.example/?q=1', 'http://localhost:3000/sites/m/', 'https://xn--bcher-kva.example/ñ/']
  const paths = ['es/', 'es/news/archive/2/', 'es/feed-archive-2.json', '../x', './a', 'a/../b', '', 'es/news/ñ/', 'a?b', 'a#b', '/abs', 'es/.well-known/', 'es/..a/', '.x/']
  for (const b of bases) for (const p of paths) expect(absoluteUrl(b, p), `${b} + ${p}`).toBe(new URL(p, b.endsWith('/') ? b : `${b}/`).href)
})
