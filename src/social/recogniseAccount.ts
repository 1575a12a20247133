import { GRAMMARS, isGrammarName } from './grammars'
import { explainForeignHost, hostMatches } from './hosts'
import { readAccountInput } from './readInput'
import { isRefusal, type PlatformRules, type Recognition } from './types'

/**
 * One account of a platform from what an editor typed (any common form of its address, or a
 * handle): its canonical https address and handle, or why it is not one. Pure.
 */
export function recogniseAccount(text: string, platform: PlatformRules): Recognition {
  const input = readAccountInput(text)
  if (isRefusal(input)) return input
  const grammar = GRAMMARS[isGrammarName(platform.normaliser) ? platform.normaliser : 'template']
  if (input.kind === 'handle') return grammar.fromHandle(input.text, platform)
  const { url } = input
  // A federated network's accounts may live on any server, so only a look-alike name is refused there.
  const homograph = url.hostname.split('.').some((label) => label.startsWith('xn--'))
  if (homograph || (!platform.federated && !hostMatches(url.hostname, platform.hosts))) {
    return { refused: explainForeignHost(url.hostname, platform.name, platform.hosts), field: 'url' }
  }
  return grammar.fromUrl(url, platform)
}
