/** One DNS label: letters, digits and inner hyphens (IDNs arrive here already punycoded by URL). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** A host a browser can reach: "localhost" or dotted labels, none of them empty ("https://.com" is not a host). */
function isHostName(hostname: string): boolean {
  if (hostname === 'localhost') return true
  const labels = hostname.split('.')
  return labels.length >= 2 && labels.every((label) => LABEL.test(label))
}

/** An absolute http(s) URL with a host; anything else (javascript:, relative paths, typos) is refused. */
export function checkHttpUrl(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'must be a URL starting with http:// or https://'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `"${truncate(value)}" is not a valid URL; write it in full, starting with https://`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `must start with http:// or https:// (got "${url.protocol}")`
  }
  if (!isHostName(url.hostname)) {
    return `"${truncate(value)}" has no valid host name`
  }
  return true
}

export function truncate(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value
}
