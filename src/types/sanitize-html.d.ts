// sanitize-html ships no types; these cover the options src/content/richText.ts uses (one
// dependency for the sanitiser rather than two). Option names follow its README.
declare module 'sanitize-html' {
  namespace sanitizeHtml {
    type AllowedStyles = Record<string, Record<string, RegExp[]>>
    interface IOptions {
      allowedTags?: string[] | false
      allowedAttributes?: Record<string, Array<string | { name: string; multiple?: boolean; values: string[] }>> | false
      allowedClasses?: Record<string, string[]>
      allowedStyles?: AllowedStyles
      allowedSchemes?: string[]
      allowedSchemesByTag?: Record<string, string[]>
      allowedSchemesAppliedToAttributes?: string[]
      allowProtocolRelative?: boolean
      selfClosing?: string[]
      transformTags?: Record<string, (tagName: string, attribs: Record<string, string>) => { tagName: string; attribs: Record<string, string> }>
      disallowedTagsMode?: 'discard' | 'completelyDiscard' | 'escape' | 'recursiveEscape'
    }
  }
  function sanitizeHtml(dirty: string, options?: sanitizeHtml.IOptions): string
  export = sanitizeHtml
}
