/**
 * A small network with known audit answers (worked out by hand in docs/audit.md's example and
 * in audit.test.ts): four open missions with different gaps, one closed mission, drafts
 * that must not count, a ministry with the charter's default promise (3 working days) but no
 * charter text, and enquiries and survey answers at known offsets. Dates count back from NOW,
 * a Monday. Written like a bulk import (`context.seeding`), so no site rebuild is queued per document.
 */
import type { Payload } from 'payload'

import { PLATFORMS } from '../../src/seed/data/platforms'
import { platformDocument } from '../../src/seed/steps/platforms'

export const NOW = new Date('2026-06-15T12:00:00.000Z')
export const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString()
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()

export const PASSWORD = 'audit-fixture-password-0123'
export const EMAILS = {
  admin: 'admin@audit.example.org',
  ministryEditor: 'editor@audit.example.org',
  missionEditor: 'madrid-cairo@audit.example.org',
} as const

export type AuditFixture = { missions: Record<'madrid' | 'cairo' | 'paris' | 'bogota' | 'lisbon', string> }

const office = (overrides: Record<string, unknown> = {}) => ({
  name: 'Chancellery', isMain: true, address: { street: 'Calle Mayor 1', city: 'Madrid', country: 'ES' }, ...overrides,
})

export async function buildAuditFixture(payload: Payload): Promise<AuditFixture> {
  const create = async (collection: Parameters<Payload['create']>[0]['collection'], data: Record<string, unknown>, draft = false) =>
    String((await payload.create({ collection, data: data as never, draft, context: { seeding: true } })).id)

  const platform: Record<string, string> = {}
  for (const slug of ['x', 'facebook', 'instagram', 'mastodon']) {
    platform[slug] = await create('social-platforms', platformDocument(PLATFORMS.find((p) => p.slug === slug)!))
  }

  const mission = (slug: string, hostCountry: string, siteLocales: string[], extra: Record<string, unknown> = {}) =>
    create('missions', {
      name: `Mission ${slug}`, slug, type: 'embassy', hostCountry, city: slug, siteLocales, defaultLocale: 'es',
      baseUrl: `https://${slug}.example.org`, ...extra,
    })
  const missions = {
    // ES → es expected; an office with a phone; 2 services; 4 accounts on 3 platforms.
    madrid: await mission('madrid', 'ES', ['es', 'en'], { offices: [office({ phones: [{ label: 'Switchboard', number: '+34 915 550 000' }] })] }),
    // EG → es and ar expected, ar missing; an office with an address but no way to reach it.
    cairo: await mission('cairo', 'EG', ['es', 'en'], { offices: [office({ address: { street: '1 Nile St', city: 'Cairo', country: 'EG' } })] }),
    // FR → es and fr, both served; no office, no account, no release.
    paris: await mission('paris', 'FR', ['es', 'fr']),
    // CO → es; the same gaps as Paris: ties with it on score and silence, so the slug decides.
    bogota: await mission('bogota', 'CO', ['es']),
    // Closed: never audited, whatever it has.
    lisbon: await mission('lisbon', 'PT', ['es'], { status: 'closed', offices: [office({ email: 'lisbon@example.org' })] }),
  }

  const passports = await create('services', { title: 'Passports', slug: 'passports', summary: 'Renewals', category: 'passports', audience: ['nationals'], missions: [missions.madrid, missions.paris, missions.bogota, missions.lisbon], _status: 'published' })
  const visas = await create('services', { title: 'Visas', slug: 'visas', summary: 'Visas', category: 'visas', audience: ['foreigners'], missions: [missions.madrid], _status: 'published' })
  // A draft offered by Cairo: Cairo still lists no service.
  await create('services', { title: 'Draft service', slug: 'draft-service', summary: 'Not yet', category: 'other', audience: ['nationals'], missions: [missions.cairo], _status: 'draft' }, true)

  const account = (owner: Record<string, unknown>, slug: string, url: string, title?: string) =>
    create('social-accounts', { ...owner, platform: platform[slug], url, ...(title ? { title } : {}) })
  const of = (id: string) => ({ ownerType: 'mission', mission: id })
  await account(of(missions.madrid), 'x', 'https://x.com/embajada_madrid')
  await account(of(missions.madrid), 'facebook', 'https://www.facebook.com/EmbajadaMadrid', 'Embassy')
  await account(of(missions.madrid), 'facebook', 'https://www.facebook.com/ConsuladoMadrid', 'Consular section')
  await account(of(missions.madrid), 'instagram', 'https://www.instagram.com/embajada_madrid/')
  await account(of(missions.cairo), 'x', 'https://x.com/embajada_cairo')
  await account(of(missions.lisbon), 'x', 'https://x.com/embajada_lisboa')
  await account({ ownerType: 'ministry' }, 'x', 'https://x.com/ministerio_aud')

  const release = (slug: string, owner: string | null, publishedAt: string, status: 'published' | 'draft' = 'published') =>
    create('press-releases', { title: slug, slug, summary: `Summary of ${slug}`, mission: owner, publishedAt, _status: status }, status === 'draft')
  // Madrid: 2, 10, 40 days ago inside the 90-day window; 100 days ago outside it; one dated in the future.
  await release('madrid-2', missions.madrid, daysBefore(2))
  await release('madrid-10', missions.madrid, daysBefore(10))
  await release('madrid-40', missions.madrid, daysBefore(40))
  await release('madrid-100', missions.madrid, daysBefore(100))
  await release('madrid-future', missions.madrid, daysBefore(-5))
  // Cairo: one 45 days ago, and a draft of 36 hours ago that must not count.
  await release('cairo-45', missions.cairo, daysBefore(45))
  await release('cairo-draft', missions.cairo, daysBefore(1.5), 'draft')
  // The ministry's own release and the closed mission's count for no audited mission.
  await release('ministry-1', null, daysBefore(1))
  await release('lisbon-3', missions.lisbon, daysBefore(3))

  // Blog posts: Madrid's published one makes its blog; Cairo's draft and the ministry's own count for no mission.
  const post = (slug: string, owner: string | null, status: 'published' | 'draft') =>
    create('blog-posts', { title: slug, slug, summary: `Summary of ${slug}`, authors: [{ name: 'Head of mission' }], mission: owner, _status: status }, status === 'draft')
  await post('madrid-post', missions.madrid, 'published')
  await post('cairo-post', missions.cairo, 'draft')
  await post('ministry-post', null, 'published')

  // The ministry site's host-country section: one entry of the accredited corps published, one a draft.
  const corps = (state: string, status: 'published' | 'draft') =>
    create('accredited-missions', { kind: 'embassy', sendingState: state, address: { city: 'Quito' }, head: { class: 'ambassador' }, _status: status }, status === 'draft')
  await corps('MX', 'published')
  await corps('RU', 'draft')

  await payload.updateGlobal({
    slug: 'ministry',
    data: {
      name: 'Ministry of Foreign Affairs', baseUrl: 'https://www.ministry.example.org',
      relatedLinks: [{ kind: 'diplomatic-academy', label: 'Diplomatic academy', url: 'https://academy.example.org' }],
    } as never,
    context: { seeding: true },
  })

  await buildCitizenFigures(payload, missions, { passports, visas })

  for (const [key, role] of [['admin', 'ministry-admin'], ['ministryEditor', 'ministry-editor'], ['missionEditor', 'mission-editor']] as const) {
    await create('users', {
      name: key, email: EMAILS[key], password: PASSWORD, role,
      missions: role === 'mission-editor' ? [missions.madrid, missions.cairo] : [],
    })
  }
  return { missions }
}

/**
 * Enquiries and survey answers with known figures (audit.test.ts states them). Replies at fixed
 * offsets from arrival: 2, 5, 26 and 50 hours are within 3 working days whatever the weekday,
 * 240 hours never is. Madrid's secretary has a name, an e-mail and a message that must never
 * reach a figure, and survey comments that no aggregate may show.
 */
async function buildCitizenFigures(payload: Payload, missions: AuditFixture['missions'], services: { passports: string; visas: string }): Promise<void> {
  let sequence = 0
  const enquiry = async (mission: string, createdAt: string, replyAfterHours: number | null, status: string) => {
    sequence += 1
    await payload.create({
      collection: 'enquiries',
      data: {
        reference: `AUD-2026-${String(sequence).padStart(6, '0')}`, sequence, mission, status, locale: 'es', createdAt,
        name: 'Ana Secreta', email: 'ana.secreta@example.org', message: 'Mi pasaporte secreto',
        ...(replyAfterHours === null ? {} : { reply: 'Respuesta', firstRepliedAt: hoursAfter(createdAt, replyAfterHours), repliedAt: hoursAfter(createdAt, replyAfterHours) }),
      } as never,
      context: { seeding: true },
    })
  }
  // Madrid, in the 90-day window: five answered (2, 26, 50, 240 and 5 hours), one new from
  // yesterday (not yet due), one in progress for 10 days (overdue).
  await enquiry(missions.madrid, daysBefore(20), 2, 'answered')
  await enquiry(missions.madrid, daysBefore(30), 26, 'answered')
  await enquiry(missions.madrid, daysBefore(40), 50, 'closed')
  await enquiry(missions.madrid, daysBefore(50), 240, 'answered')
  await enquiry(missions.madrid, daysBefore(10), 5, 'closed')
  await enquiry(missions.madrid, daysBefore(1), null, 'new')
  await enquiry(missions.madrid, daysBefore(10), null, 'in-progress')
  // Outside the window: one answered (counts nowhere), one never answered (still overdue).
  await enquiry(missions.madrid, daysBefore(120), 1, 'answered')
  await enquiry(missions.madrid, daysBefore(200), null, 'new')
  // Cairo: received last Wednesday noon and answered 100 hours later, on Sunday: more than three
  // days, but within three working days (Thursday, Friday, Monday). One new since Friday: not due.
  await enquiry(missions.cairo, daysBefore(5), 100, 'answered')
  await enquiry(missions.cairo, daysBefore(3), null, 'new')
  // Arrives after NOW: counts for nobody yet. Lisbon is closed: never audited.
  await enquiry(missions.madrid, daysBefore(-2), null, 'new')
  await enquiry(missions.lisbon, daysBefore(20), 1, 'answered')

  const answer = (mission: string, service: string | null, rating: number, resolved: boolean, createdAt: string, comment?: string) =>
    payload.create({
      collection: 'survey-responses',
      data: { mission, service, rating, resolved, locale: 'es', createdAt, ...(comment ? { comment } : {}) } as never,
      context: { seeding: true },
    })
  // Madrid in the window: 5, 4 (passports), 4 (visas), 2 (after a reply): mean 3.75, half resolved.
  await answer(missions.madrid, services.passports, 5, true, daysBefore(20), 'El cónsul Pérez fue muy amable')
  await answer(missions.madrid, services.passports, 4, true, daysBefore(35))
  await answer(missions.madrid, services.visas, 4, false, daysBefore(45))
  await answer(missions.madrid, null, 2, false, daysBefore(15), 'Nadie contestó mi correo')
  // Outside the window: in the survey view's history, not in the audit.
  await answer(missions.madrid, services.passports, 1, false, daysBefore(100))
  // Cairo offers no service but was rated after a reply: it offers the survey.
  await answer(missions.cairo, null, 3, true, daysBefore(4))
  await answer(missions.lisbon, services.passports, 5, true, daysBefore(20))
}
