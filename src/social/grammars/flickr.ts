import { refuse } from '../types'
import { fromTemplate, notAnAccount, segments, stripAt, type Grammar } from './shared'

/** Flickr: flickr.com/photos/name/ (and its albums), /people/name/, with an alias or a numeric NSID (12345678@N04). */
export const flickrGrammar: Grammar = {
  label: 'Flickr',
  fromUrl(url, platform) {
    const [kind, name] = segments(url)
    if (kind !== 'photos' && kind !== 'people') return notAnAccount(platform, kind ? `a page of the platform ("/${kind}")` : 'the home page')
    if (!name || name === 'tags' || name === 'search') return refuse('This Flickr address names no account; it should look like https://www.flickr.com/photos/name/.', 'url')
    return fromTemplate(platform, name)
  },
  fromHandle: (text, platform) => fromTemplate(platform, stripAt(text)),
}
