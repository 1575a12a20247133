/**
 * The collections whose documents are written in several languages and tracked here: one line
 * each, so a collection added later (blog posts) is tracked by adding its line.
 */

/**
 * Who decides a document's languages. 'mission': the languages of the mission in its `mission`
 * field (the ministry's when it has none, as for ministry releases); 'ministry': the network's.
 */
export type LanguageOwner = 'mission' | 'ministry'

export type TranslatedCollection = {
  slug: string
  owner: LanguageOwner
  /** Localized fields that are not text to translate: notes about one publication, say. */
  ignore?: readonly string[]
}

export const TRANSLATED_COLLECTIONS: readonly TranslatedCollection[] = [
  { slug: 'press-releases', owner: 'mission' },
  { slug: 'mission-pages', owner: 'mission' },
  { slug: 'blog-posts', owner: 'mission' },
  // The change note describes one publication; the advice itself is what needs translating.
  { slug: 'travel-advice', owner: 'ministry', ignore: ['changeNote'] },
]

/** The fields the plugin adds to each tracked collection. */
export const EDITED_AT = 'translationEditedAt'
export const STATUS = 'translationStatus'
export const NEEDS = 'needsTranslation'
