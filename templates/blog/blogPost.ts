import { blogPaths } from '../../src/blog/blogPaths'
import type { BlogPostView } from '../../src/blog/blogView'
import type { MissionSiteView } from '../../src/content/viewModels'
import { dateTime } from '../components/dateTime'
import { picture } from '../components/picture'
import { topicList } from '../components/topicList'
import { html, trustedHtml } from '../html/html'
import { blogMessagesFor } from '../i18n/blog'
import { pageShell } from '../layout/pageShell'
import { authorLine } from './authorLine'
import { textLanguage } from '../components/textLanguage'

export type BlogPostParams = { site: MissionSiteView; post: BlogPostView }

/** One post: who signs it and with what title, when, its topics; a BlogPosting for search engines. */
export function blogPostPage({ site, post }: BlogPostParams): string {
  const t = blogMessagesFor(site.locale)
  const { locale } = site
  const updated = post.updatedAt.slice(0, 10) !== post.publishedAt.slice(0, 10)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    datePublished: post.publishedAt,
    dateModified: post.updatedAt,
    inLanguage: locale,
    author: post.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.role ? { jobTitle: a.role } : {}) })),
    publisher: { '@type': 'Organization', name: site.mission.name },
  }
  return pageShell(
    {
      site, path: blogPaths.post(locale, post.slug), pathIn: (other) => blogPaths.post(other, post.slug), section: 'blog',
      title: post.title, description: post.summary, ogType: 'article', image: post.heroImage, jsonLd: [jsonLd],
    },
    (link) => html`<article>
<h1${textLanguage(post.textLanguages?.title)}>${post.title}</h1>
<p class="meta">${authorLine(locale, post)} · ${t.published} ${dateTime(locale, post.publishedAt)}${updated && html` · ${t.updated} ${dateTime(locale, post.updatedAt)}`}</p>
${post.heroImage && html`<figure class="hero">${picture(post.heroImage, link, { lazy: false })}</figure>`}
<p class="lead"${textLanguage(post.textLanguages?.summary)}>${post.summary}</p>
<div class="prose"${textLanguage(post.textLanguages?.body)}>${trustedHtml(post.bodyHtml)}</div>
${topicList(post.topics, t.topics)}
<p><a href="${link(blogPaths.index(locale))}">${t.allPosts}</a></p>
</article>`,
  )
}
