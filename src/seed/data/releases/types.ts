import type { ImageKey } from '../media'
import type { LocalizedText } from '../text'

/** A kind of news item a mission publishes; its slug is the release's slug within the mission. */
export type ReleaseTemplate = {
  slug: string
  topics: string[]
  image?: ImageKey
  text: LocalizedText
}
