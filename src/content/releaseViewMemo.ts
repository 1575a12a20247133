import type { ReleaseView } from './viewModels'

type Doc = Record<string, any>

// A live rebuild keeps the documents it read; the view of an unchanged one is reused, so that
// a publish costs the views (and the feed items and feed entries cached on them) of what
// changed, not of the whole site.
const releaseViews = new WeakMap<Doc, Map<string, ReleaseView>>()

/** The view of a release document made by `make`, once per document and `key` (everything else the view depends on). */
export function memoizedReleaseView(doc: Doc, key: string, make: () => ReleaseView): ReleaseView {
  let views = releaseViews.get(doc)
  if (!views) releaseViews.set(doc, (views = new Map()))
  let view = views.get(key)
  if (!view) views.set(key, (view = make()))
  return view
}
