import { refuse } from '../types'
import { account, checkHandle, notAnAccount, segments, type Grammar } from './shared'

// The kinds of LinkedIn page an account can be; each is its own namespace.
const KINDS = new Set(['company', 'in', 'school', 'showcase'])

const page = (kind: string, name: string, platform: Parameters<Grammar['fromHandle']>[1]) =>
  checkHandle(name, platform) ?? account(`https://www.linkedin.com/${kind}/${encodeURIComponent(name)}/`, name, false)

/**
 * LinkedIn: linkedin.com/company/name/ (organisations), /in/name/ (people), /school/…, /showcase/…,
 * from any country host (es.linkedin.com) and with tabs (/about/, /posts/). A bare handle is a company.
 */
export const linkedinGrammar: Grammar = {
  label: 'LinkedIn',
  fromUrl(url, platform) {
    const [kind, name] = segments(url)
    if (!kind) return notAnAccount(platform, 'the home page')
    if (!KINDS.has(kind.toLowerCase())) return notAnAccount(platform, `a post or a page of the platform ("/${kind}")`)
    if (!name) return refuse(`This LinkedIn address names no ${kind} page; it should look like https://www.linkedin.com/${kind}/name/.`, 'url')
    return page(kind.toLowerCase(), name, platform)
  },
  fromHandle: (text, platform) => page('company', text.replace(/^@/, ''), platform),
}
