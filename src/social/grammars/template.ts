import { refuse, type PlatformRules } from '../types'
import { fromTemplate, segments, stripAt, urlTemplateOf, type Grammar } from './shared'

const PLACEHOLDER = 'chancery-handle-placeholder'

/** Where the handle sits in the template's path: the segments before it and what precedes it in its own segment ("@"). */
function templatePath(platform: PlatformRules): { before: string[]; prefix: string } | null {
  const template = urlTemplateOf(platform)
  if (!template) return null
  let path: string[]
  try {
    path = segments(new URL(template.replace('{handle}', PLACEHOLDER)))
  } catch {
    return null
  }
  const at = path.findIndex((s) => s.includes(PLACEHOLDER))
  if (at < 0) return null
  return { before: path.slice(0, at), prefix: path[at].slice(0, path[at].indexOf(PLACEHOLDER)) }
}

/**
 * The grammar a platform needs no code for: its URL template is how to write an account's
 * address and also how to read one (https://www.tiktok.com/@{handle} reads /@name and
 * /@name/video/123). Anything after the handle (posts, tabs) and the query are dropped.
 */
export const templateGrammar: Grammar = {
  label: 'From the URL template',
  fromUrl(url, platform) {
    const shape = templatePath(platform)
    if (!shape) return refuse(`${platform.name} has no usable URL template; set one such as https://example.com/{handle}.`, 'url')
    const path = segments(url)
    const matchesBefore = shape.before.every((s, i) => path[i]?.toLowerCase() === s.toLowerCase())
    const segment = path[shape.before.length]
    if (!matchesBefore || !segment || !segment.startsWith(shape.prefix) || segment.length === shape.prefix.length) {
      const example = urlTemplateOf(platform)!.replace('{handle}', 'name')
      return refuse(`This is not the address of a ${platform.name} account; it should look like ${example}.`, 'url')
    }
    const handle = segment.slice(shape.prefix.length)
    return fromTemplate(platform, shape.prefix === '@' ? handle : stripAt(handle))
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
