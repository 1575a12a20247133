import type { Payload, PayloadRequest } from 'payload'

import { isLocaleCode, type LocaleCode } from '../config/locales'
import { joinNetwork, loadNetwork, loadShared } from '../content/loadNetwork'
import { missionSiteView } from '../content/missionSiteView'
import { absoluteUrl, sitePaths } from '../content/sitePaths'
import { missionPage, releasePage } from '../../templates'
import { blogPostPage } from '../../templates/blog/blogPost'
import { blogPaths } from '../blog/blogPaths'
import { frameMission, networkWithDraft } from './draftInNetwork'
import { markAsPreview } from './markAsPreview'
import { isPreviewCollection, type PreviewCollection } from './previewUrl'

/** Nobody signed in: previews are for staff. */
export class PreviewUnauthorizedError extends Error {}

/** No such document, or one this user may not read: the same answer, so existence is not revealed. */
export class PreviewNotFoundError extends Error {}

export type PreviewRequest = {
  user: PayloadRequest['user'] | null | undefined
  collection: string
  id: string
  locale?: string | null
  /** For a ministry release: the mission whose site frames it. */
  mission?: string | null
  /** Where the generated sites are served, e.g. https://cms.example/sites/ : the preview's links and images point there. */
  sitesUrl: string
}

export type Preview = { html: string; mission: string; locale: LocaleCode }

type Doc = Record<string, any>

/** The latest draft, as this user may read it: the collection's access rules decide, as they do in the admin. */
async function readDraft(payload: Payload, request: PreviewRequest, collection: PreviewCollection): Promise<Doc> {
  try {
    return (await payload.findByID({
      collection, id: request.id, draft: true, overrideAccess: false, user: request.user, locale: 'all', depth: 1,
    } as Parameters<Payload['findByID']>[0])) as Doc
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 403) throw new PreviewNotFoundError(`No ${collection} document ${request.id} this user may read.`)
    throw error
  }
}

/**
 * Renders the latest draft of a press release or mission page with the generator's own view
 * code and templates, inside its mission's site, marked as a preview.
 */
export async function renderPreview(payload: Payload, request: PreviewRequest): Promise<Preview> {
  if (!request.user) throw new PreviewUnauthorizedError('Sign in to preview drafts.')
  const { collection } = request
  if (!isPreviewCollection(collection)) throw new PreviewNotFoundError(`"${collection}" has no preview.`)
  const draft = await readDraft(payload, request, collection)

  // The site that frames the draft is found among the missions; only its content is then read.
  const shared = await loadShared(payload)
  const frame = frameMission(joinNetwork(shared, { releases: [], pages: [], accounts: [] }), collection, draft, request.mission)
  if (!frame) throw new PreviewNotFoundError(`No mission site can show ${collection} ${request.id}.`)
  const published = await loadNetwork(payload, { missions: [frame.slug] }, shared)
  const served: LocaleCode[] = (frame.siteLocales ?? []).filter(isLocaleCode)
  const locale: LocaleCode = isLocaleCode(request.locale) && served.includes(request.locale)
    ? request.locale
    : isLocaleCode(frame.defaultLocale) ? frame.defaultLocale : served[0]
  if (!locale) throw new PreviewNotFoundError(`The site of "${frame.slug}" serves no language.`)

  // Links and images point at the generated site as the app serves it, not at the mission's future domain.
  const baseUrl = absoluteUrl(request.sitesUrl, `${frame.slug}/`)
  const framed = { ...frame, baseUrl }
  const raw = networkWithDraft({ ...published, missions: published.missions.map((m) => (m.id === frame.id ? framed : m)) }, collection, draft, framed)
  const site = missionSiteView(raw, frame.slug, locale)

  let page: string
  let path: string
  if (collection === 'press-releases') {
    const release = site.releases.find((r) => r.id === draft.id)
    if (!release) throw new PreviewNotFoundError(`Release ${draft.id} does not appear on the site of "${frame.slug}".`)
    page = releasePage({ site, release })
    path = sitePaths.release(locale, release.slug)
  } else if (collection === 'blog-posts') {
    const post = (site.blogPosts ?? []).find((p) => p.id === draft.id)
    if (!post) throw new PreviewNotFoundError(`Post ${draft.id} does not appear on the site of "${frame.slug}".`)
    page = blogPostPage({ site, post })
    path = blogPaths.post(locale, post.slug)
  } else {
    const missionPageView = site.pages.find((p) => p.kind === draft.kind)
    if (!missionPageView) throw new PreviewNotFoundError(`Page ${draft.id} does not appear on the site of "${frame.slug}".`)
    page = missionPage({ site, page: missionPageView })
    path = sitePaths.page(locale, missionPageView.kind)
  }
  return { html: markAsPreview(page, absoluteUrl(baseUrl, path)), mission: frame.slug, locale }
}
