import { domainToUnicode } from 'node:url'

// Mobile and "www." spellings every platform serves its profiles under.
const SERVICE_PREFIXES = ['www.', 'm.', 'mobile.']

/** Whether a host is one of a platform's: listed exactly, under a service prefix, or under a "*." domain. */
export function hostMatches(hostname: string, patterns: string[]): boolean {
  const host = hostname.toLowerCase()
  return patterns.some((pattern) => {
    if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1
    return host === pattern || SERVICE_PREFIXES.some((prefix) => host === prefix + pattern)
  })
}

// Characters that read alike in a host name: a look-alike spelling has the same skeleton.
const CONFUSABLE: [RegExp, string][] = [
  [/rn/g, 'm'], [/vv/g, 'w'], [/0/g, 'o'], [/[1i|]/g, 'l'], [/3/g, 'e'], [/4/g, 'a'], [/5/g, 's'], [/7/g, 't'], [/8/g, 'b'], [/-/g, ''],
]

function skeleton(host: string): string {
  return CONFUSABLE.reduce((s, [from, to]) => s.replace(from, to), host.toLowerCase().replace(/^(?:www|m|mobile)\./, ''))
}

/**
 * Why a host that is not the platform's is refused, in the editor's terms: a look-alike
 * gets named as one, so nobody "fixes" it by adding the host to the platform.
 */
export function explainForeignHost(hostname: string, platformName: string, patterns: string[]): string {
  const hosts = patterns.filter((p) => !p.startsWith('*.'))
  const expected = patterns.map((p) => (p.startsWith('*.') ? `a host under ${p.slice(2)}` : p)).join(', ')
  const plain = `"${hostname}" is not one of ${platformName}'s hosts (${expected}).`
  if (hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return `"${hostname}" is an internationalised host name (it reads "${domainToUnicode(hostname)}"), which can imitate another site's letter for letter; ${plain}`
  }
  const bare = hostname.replace(/^(?:www|m|mobile)\./, '')
  const prefixed = hosts.find((h) => bare.startsWith(`${h}.`) || bare.startsWith(`${h}-`))
  if (prefixed) return `"${hostname}" only begins like ${prefixed}: it is another site's host. ${plain}`
  const imitated = hosts.find((h) => skeleton(h) === skeleton(hostname))
  if (imitated) return `"${hostname}" imitates ${imitated} with look-alike characters. ${plain}`
  return plain
}
