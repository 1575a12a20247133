/**
 * The spellings under which one account URL may already be stored: http or https,
 * with or without "www.", with or without a trailing slash. The query is kept, since
 * some platforms name the account there (profile.php?id=…); the fragment never does.
 * Assumes `value` passed checkHttpUrl.
 */
export function accountUrlSpellings(value: string): string[] {
  const url = new URL(value)
  const host = url.hostname.replace(/^www\./, '') + (url.port ? `:${url.port}` : '')
  const path = url.pathname.replace(/\/+$/, '')
  const spellings = new Set<string>([value])
  for (const protocol of ['https:', 'http:']) {
    for (const h of [host, `www.${host}`]) {
      for (const p of [path, `${path}/`]) spellings.add(`${protocol}//${h}${p}${url.search}`)
    }
  }
  return [...spellings]
}
