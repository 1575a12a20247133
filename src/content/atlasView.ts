import { isLocaleCode, type LocaleCode } from '../config/locales'
import { idOf } from '../access/roles'
import { pickText } from './localize'
import type { RawNetwork } from './loadNetwork'
import { accountView, byPlatform, missionSummary } from './missionSiteView'
import { absoluteUrl, sitePaths } from './sitePaths'
import type { AtlasMissionView, AtlasView, SocialAccountView } from './viewModels'

type Doc = Record<string, any>

const defaultOf = (doc: Doc | undefined): LocaleCode => (isLocaleCode(doc?.defaultLocale) ? doc!.defaultLocale : 'es')

/** A mission's home page in this language if its site serves it, else in its own default language. */
export function missionHomeUrl(doc: Doc, locale: LocaleCode): string {
  const served: string[] = doc.siteLocales ?? []
  const home = served.includes(locale) ? locale : defaultOf(doc)
  return absoluteUrl(doc.baseUrl, sitePaths.home(home))
}

const sameName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()

/**
 * A related body's name in this language. An account names its body in a plain-text field, in
 * whatever language its editor typed; when that is the label, in any language, of one of the
 * ministry's related links, the body is named by that link's label in this language, as the
 * footer names it (with the ministry site's fallback, Spanish). Any other name is kept as typed.
 */
function relatedBodyNames(ministry: Doc, locale: LocaleCode): (typed: string) => string {
  const byLabel = new Map<string, string>()
  for (const link of ministry.relatedLinks ?? []) {
    const label = pickText(link.label, locale, 'es')
    if (!label) continue
    for (const other of Object.values((link.label ?? {}) as Record<string, unknown>)) {
      if (typeof other === 'string' && other.trim() && !byLabel.has(sameName(other))) byLabel.set(sameName(other), label)
    }
  }
  return (typed) => byLabel.get(sameName(typed)) ?? typed
}

/**
 * The network-wide atlas in one language: every mission by country with its accounts, the
 * ministry's and related bodies' accounts apart; narrowed to one platform when `platform`
 * (a slug) is given, keeping only the missions with an account there. Pure.
 */
export function atlasView(raw: RawNetwork, locale: LocaleCode, platform: string | null = null): AtlasView {
  const onPlatform = (a: Doc) => platform === null || a.platform?.slug === platform
  const collator = new Intl.Collator(locale)
  const countryName = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })

  const accountsOf = new Map<string, SocialAccountView[]>()
  for (const a of raw.accounts) {
    const owner = a.ownerType === 'mission' ? idOf(a.mission) : null
    if (owner && onPlatform(a)) accountsOf.set(owner, [...(accountsOf.get(owner) ?? []), accountView(a)])
  }

  const byCountry = new Map<string, AtlasMissionView[]>()
  for (const doc of raw.missions) {
    const accounts = (accountsOf.get(doc.id) ?? []).sort(byPlatform)
    if (platform !== null && accounts.length === 0) continue
    const summary = missionSummary(doc, locale, defaultOf(doc))
    // A name saved in one language only still names the mission in every other.
    const name = summary.name || Object.values((doc.name ?? {}) as Record<string, string | null>).find((n) => n?.trim()) || doc.slug
    const mission = { ...summary, name, homeUrl: missionHomeUrl(doc, locale), accounts }
    byCountry.set(mission.hostCountry, [...(byCountry.get(mission.hostCountry) ?? []), mission])
  }
  const countries = [...byCountry.entries()]
    .map(([code, missions]) => ({ code, name: countryName.of(code) ?? code, missions: missions.sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => collator.compare(a.name, b.name))

  const ministryName = pickText(raw.ministry.name, locale, 'es')
  const bodyName = relatedBodyNames(raw.ministry, locale)
  const bodyAccounts = new Map<string, SocialAccountView[]>()
  for (const a of raw.accounts.filter((a) => a.ownerType !== 'mission' && onPlatform(a))) {
    const name = a.ownerType === 'ministry' ? ministryName : bodyName(String(a.relatedBody ?? ''))
    bodyAccounts.set(name, [...(bodyAccounts.get(name) ?? []), accountView(a)])
  }
  const bodies = [...bodyAccounts.entries()]
    .map(([name, accounts]) => ({ name, accounts: accounts.sort(byPlatform) }))
    .sort((a, b) => (a.name === ministryName ? -1 : b.name === ministryName ? 1 : collator.compare(a.name, b.name)))

  const used = new Map<string, { slug: string; name: string; missions: Set<string>; accounts: number }>()
  for (const a of raw.accounts) {
    const slug = a.platform?.slug
    if (!slug) continue
    const entry = used.get(slug) ?? { slug, name: a.platform.name ?? slug, missions: new Set<string>(), accounts: 0 }
    entry.accounts += 1
    const owner = a.ownerType === 'mission' ? idOf(a.mission) : null
    if (owner) entry.missions.add(owner)
    used.set(slug, entry)
  }
  const platforms = [...used.values()]
    .map(({ slug, name, missions, accounts }) => ({ slug, name, missions: missions.size, accounts }))
    .sort((a, b) => collator.compare(a.name, b.name))

  const chosen = platform === null ? null : platforms.find((p) => p.slug === platform) ?? { slug: platform, name: platform }
  return { platforms, platform: chosen && { slug: chosen.slug, name: chosen.name }, bodies, countries }
}
