/**
 * Turns the raw URL path below `/sites/` into path segments that are safe to join onto the
 * sites folder, before the file system is asked anything.
 */
export type SitePath =
  | { kind: 'path'; segments: string[]; trailingSlash: boolean }
  /** Percent-encoding that does not decode: the request itself is malformed. */
  | { kind: 'malformed' }
  /** A segment that would leave its folder or reach a hidden one: answered like a missing file. */
  | { kind: 'refused' }

export function parseSitePath(rawPath: string): SitePath {
  const trailingSlash = rawPath.endsWith('/')
  const raw = rawPath.split('/').filter((segment, i, all) => !(segment === '' && (i === 0 || i === all.length - 1)))
  const segments: string[] = []
  for (const segment of raw) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return { kind: 'malformed' }
    }
    if (!isPlainName(decoded)) return { kind: 'refused' }
    segments.push(decoded)
  }
  return { kind: 'path', segments, trailingSlash: trailingSlash && segments.length > 0 }
}

/**
 * One file or folder name: not empty (`a//b`), no separator of any platform once decoded
 * (`..%2f`, `%5c`), no NUL, and no leading dot. The dot rule covers `.`/`..` and keeps the
 * generator's private `.chancery` versions, and any dot-file, out of reach.
 */
function isPlainName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && !/[/\\\0]/.test(name)
}
