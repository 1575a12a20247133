import type { BlogPostView } from '../../src/blog/blogView'
import type { MissionSiteView } from '../../src/content/viewModels'
import { HOSTILE } from '../fixtures/hostile'

/**
 * Blog posts for the page checks: the site's releases (enough for an archive page) re-signed by named people, one with a
 * hostile name and role (escaped like any text), one with two authors, one with none.
 */
export function blogPostsFixture(site: MissionSiteView): BlogPostView[] {
  const signers = [
    [{ name: 'Elena Ríos', role: 'Embajadora' }],
    [{ name: HOSTILE.script, role: HOSTILE.quotes }, { name: 'Li Wei', role: '' }],
    [],
  ]
  return site.releases.map((release, i) => ({ ...release, slug: `post-${i + 1}`, origin: null, authors: signers[i % signers.length] }))
}
