import { isGrammarName } from './grammars'
import type { PlatformRules } from './types'

type PlatformDoc = {
  slug?: string | null
  name?: string | null
  hosts?: { host?: string | null }[] | null
  federated?: boolean | null
  urlTemplate?: string | null
  handlePattern?: string | null
  caseSensitive?: boolean | null
  normaliser?: string | null
}

/**
 * A stored platform as the recogniser reads it. A platform saved before it had a normaliser
 * uses the grammar of its own slug when there is one, else its URL template.
 */
export function platformRules(doc: PlatformDoc): PlatformRules {
  const slug = doc.slug ?? ''
  return {
    slug,
    name: doc.name ?? slug,
    hosts: (doc.hosts ?? []).map((h) => h.host ?? '').filter(Boolean),
    federated: Boolean(doc.federated),
    urlTemplate: doc.urlTemplate || null,
    handlePattern: doc.handlePattern || null,
    caseSensitive: Boolean(doc.caseSensitive),
    normaliser: doc.normaliser || (isGrammarName(slug) ? slug : 'template'),
  }
}
