import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor } from '../i18n'
import { pageShell } from '../layout/pageShell'

export type NotFoundParams = { site: MissionSiteView }

export function notFoundPage({ site }: NotFoundParams): string {
  const t = messagesFor(site.locale)
  return pageShell(
    { site, path: sitePaths.notFound(site.locale), pathIn: null, section: null, title: t.notFound.title, description: t.notFound.body, notFound: true },
    (link) => html`<h1>${t.notFound.title}</h1>
<p>${t.notFound.body}</p>
<p><a href="${link(sitePaths.home(site.locale))}">${t.notFound.backHome}</a></p>`,
  )
}
