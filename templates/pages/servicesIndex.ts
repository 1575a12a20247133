import { sitePaths } from '../../src/content/sitePaths'
import type { MissionSiteView, ServiceView } from '../../src/content/viewModels'
import { html } from '../html/html'
import { messagesFor, serviceCategoryLabel } from '../i18n'
import { SERVICE_CATEGORY_KEYS } from '../i18n/messages'
import { pageShell } from '../layout/pageShell'
import { textLanguage } from '../components/textLanguage'

export type ServicesIndexParams = { site: MissionSiteView }

/** Services grouped by category, categories in the CMS's order, so every site lists them alike. */
function byCategory(services: ServiceView[]): [string, ServiceView[]][] {
  const order = SERVICE_CATEGORY_KEYS as readonly string[]
  const groups = new Map<string, ServiceView[]>()
  for (const service of services) groups.set(service.category, [...(groups.get(service.category) ?? []), service])
  const rank = (category: string) => (order.includes(category) ? order.indexOf(category) : order.length)
  return [...groups].sort(([a], [b]) => rank(a) - rank(b))
}

/**
 * Most missions offer one or two services per category, so the categories, not the cards of one
 * category, share the width of the column (site.css, .service-categories).
 */
export function servicesIndexPage({ site }: ServicesIndexParams): string {
  const t = messagesFor(site.locale)
  const { locale } = site
  return pageShell(
    { site, path: sitePaths.services(locale), pathIn: sitePaths.services, section: 'services', title: t.services.title, description: t.services.intro },
    (link) => html`<h1>${t.services.title}</h1>
<p class="lead">${t.services.intro}</p>
${site.services.length === 0
  ? html`<p>${t.services.empty}</p>`
  : html`<div class="service-categories">${byCategory(site.services).map(([category, services], index) => html`
<section aria-labelledby="category-${index}">
<h2 id="category-${index}">${serviceCategoryLabel(t, category)}</h2>
<ul class="card-list">${services.map((service) => html`
<li class="card"><h3><a href="${link(sitePaths.service(locale, service.slug))}"${textLanguage(service.textLanguages?.title)}>${service.title}</a></h3><p${textLanguage(service.textLanguages?.summary)}>${service.summary}</p></li>`)}
</ul>
</section>`)}
</div>`}`,
  )
}
