/**
 * `srcset` lists ("a.png 1x, b.png 2x"), split the way the HTML standard splits them: a URL is
 * a run of non-whitespace (so data: URLs keep their commas) and a trailing comma ends a
 * candidate that has no descriptor.
 */
const ASCII_WHITESPACE = /[\t\n\f\r ]/

/** The srcset with each candidate's URL replaced by `rewrite(url)`, descriptors kept. */
export function rewriteSrcset(srcset: string, rewrite: (url: string) => string): string {
  const candidates: string[] = []
  let i = 0
  while (i < srcset.length) {
    while (i < srcset.length && (ASCII_WHITESPACE.test(srcset[i]) || srcset[i] === ',')) i++
    if (i >= srcset.length) break
    const urlStart = i
    while (i < srcset.length && !ASCII_WHITESPACE.test(srcset[i])) i++
    let url = srcset.slice(urlStart, i)
    let descriptor = ''
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '')
    } else {
      const descriptorStart = i
      let depth = 0
      while (i < srcset.length && !(srcset[i] === ',' && depth === 0)) {
        if (srcset[i] === '(') depth++
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1)
        i++
      }
      descriptor = srcset.slice(descriptorStart, i).trim()
    }
    const rewritten = rewrite(url)
    candidates.push(descriptor ? `${rewritten} ${descriptor}` : rewritten)
  }
  return candidates.join(', ')
}
