import { describe, expect, it } from 'vitest'

import { LOCALE_CODES } from '../../src/config/locales'
import { atlasView } from '../../src/content/atlasView'
import type { RawNetwork } from '../../src/content/loadNetwork'
import { ministryView } from '../../src/content/missionSiteView'
import { MINISTRY } from '../../src/seed/data/ministry'

/**
 * The demo network's ministry, as loadNetwork reads it (every translation at once), with accounts
 * of related bodies: an account names its body in a plain-text field, typed in one language.
 */
const account = (relatedBody: string, handle: string) => ({
  id: handle, ownerType: 'related-body', relatedBody, platform: { slug: 'x', name: 'X' }, url: `https://x.com/${handle}`, handle: `@${handle}`,
})
const raw: RawNetwork = {
  ministry: { name: MINISTRY.name, shortName: MINISTRY.shortName, relatedLinks: MINISTRY.relatedLinks },
  missions: [], releases: [], services: [], pages: [], topics: [],
  accounts: [
    account('Academia Diplomática', 'AcademiaDiplEc'),
    // Typed by another editor, in another language and case, with stray spaces: the same body.
    account(' diplomatic  academy ', 'AcademiaDiplEcEN'),
    account('Archivo Histórico', 'ArchivoHistEc'),
  ],
}

const footerLabel = (locale: (typeof LOCALE_CODES)[number], kind: string) =>
  ministryView(raw.ministry, locale, 'es', 'https://www.cancilleria.example/').relatedLinks.find((l) => l.kind === kind)!.label

describe('atlasView: related bodies (issue 13, item 6)', () => {
  it.each(LOCALE_CODES)('%s: names a related body as the footer does, in the page’s language', (locale) => {
    const names = atlasView(raw, locale).bodies.map((b) => b.name)
    const academy = footerLabel(locale, 'diplomatic-academy')
    expect(names).toContain(academy)
    expect(atlasView(raw, locale).bodies.find((b) => b.name === academy)!.accounts.map((a) => a.handle)).toEqual(['@AcademiaDiplEc', '@AcademiaDiplEcEN'])
    if (locale !== 'es') expect(names).not.toContain('Academia Diplomática')
  })

  it('keeps the name as typed for a body that is none of the ministry’s related links', () => {
    expect(atlasView(raw, 'en').bodies.map((b) => b.name)).toEqual(['Archivo Histórico', 'Diplomatic Academy'])
  })
})
