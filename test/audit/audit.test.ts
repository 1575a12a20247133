import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { auditNetwork } from '../../src/audit/auditNetwork'
import { loadAuditData } from '../../src/audit/loadAuditData'
import { runAudit } from '../../src/audit/runAudit'
import { auditScopeFor, AuditRequestError } from '../../src/audit/scope'
import type { AuditData, AuditReport, MissionAudit } from '../../src/audit/types'
import { signIn } from '../support/accessFixture'
import { startTestPayload, type TestPayload } from '../support/testPayload'
import { buildAuditFixture, EMAILS, NOW, PASSWORD } from './auditFixture'

let db: TestPayload
let data: AuditData
let report: AuditReport
const row = (slug: string): MissionAudit => {
  const found = report.missions.find((m) => m.slug === slug)
  if (!found) throw new Error(`no row for ${slug}`)
  return found
}

beforeAll(async () => {
  db = await startTestPayload()
  await buildAuditFixture(db.payload)
  data = await loadAuditData(db.payload)
  report = auditNetwork(data, { now: NOW })
})

afterAll(async () => {
  await db?.close()
})

describe('the presence audit of a network built in the test', () => {
  it('audits the open missions only, in slug order', () => {
    expect(report.missions.map((m) => m.slug)).toEqual(['bogota', 'cairo', 'madrid', 'paris'])
    expect(report.network.missionsAudited).toBe(4)
    expect(report.network.closedMissionsSkipped).toBe(1)
    expect(report.generatedAt).toBe(NOW.toISOString())
    expect(report.windowDays).toBe(90)
  })

  it('counts accounts per platform', () => {
    expect(row('madrid').accounts).toEqual([
      { platform: 'facebook', name: 'Facebook', count: 2 },
      { platform: 'instagram', name: 'Instagram', count: 1 },
      { platform: 'x', name: 'X', count: 1 },
    ])
    expect(row('madrid').accountCount).toBe(4)
    expect(row('cairo').accounts).toEqual([{ platform: 'x', name: 'X', count: 1 }])
    expect(row('paris').accounts).toEqual([])
  })

  it('compares the languages served with the network language plus the host country’s', () => {
    expect(row('madrid').locales).toEqual({ served: ['es', 'en'], expected: ['es'], missing: [] })
    expect(row('cairo').locales).toEqual({ served: ['es', 'en'], expected: ['es', 'ar'], missing: ['ar'] })
    expect(row('paris').locales).toEqual({ served: ['es', 'fr'], expected: ['es', 'fr'], missing: [] })
  })

  it('counts days since the last published release and releases a month, ignoring drafts, future dates and ministry releases', () => {
    expect(row('madrid').releases).toEqual({ lastPublishedAt: '2026-06-13T12:00:00.000Z', daysSinceLast: 2, inWindow: 3, perMonth: 1 })
    // The draft of 36 hours ago does not count.
    expect(row('cairo').releases).toEqual({ lastPublishedAt: '2026-05-01T12:00:00.000Z', daysSinceLast: 45, inWindow: 1, perMonth: 0.33 })
    expect(row('paris').releases).toEqual({ lastPublishedAt: null, daysSinceLast: null, inWindow: 0, perMonth: 0 })
  })

  it('a wider window counts more releases and spreads them over more months', () => {
    const wide = auditNetwork(data, { now: NOW, windowDays: 120 })
    expect(wide.missions.find((m) => m.slug === 'madrid')!.releases).toMatchObject({ inWindow: 4, perMonth: 1 })
  })

  it('lists the published services each mission offers (a draft service does not count)', () => {
    expect(row('madrid').services).toEqual({ count: 2, slugs: ['passports', 'visas'] })
    expect(row('cairo').services).toEqual({ count: 0, slugs: [] })
    expect(row('paris').services).toEqual({ count: 1, slugs: ['passports'] })
  })

  it('names the missing sections: the mission’s own, the ministry’s (no charter) and those not in the model', () => {
    expect(row('madrid').sections.missing).toEqual(['accredited-corps', 'charter', 'survey', 'blog'])
    expect(row('cairo').sections.missing).toEqual(['accredited-corps', 'consular-services', 'citizen-attention', 'charter', 'survey', 'blog'])
    expect(row('paris').sections.missing).toEqual(['directory', 'accredited-corps', 'atlas', 'citizen-attention', 'charter', 'survey', 'blog'])
    expect(row('paris').sections.present).toEqual(['consular-services', 'related-links', 'social-links'])
  })

  it('scores each mission by the documented formula', () => {
    // 40×6/10 + 15×1 + 20×(1−2/90) + 15×(1/2) + 10×(3/3) = 76.06
    expect(row('madrid').score).toBe(76)
    // 40×4/10 + 15×1/2 + 20×(1−45/90) + 15×(0.33/2) + 10×(1/3) = 39.31
    expect(row('cairo').score).toBe(39)
    // 40×3/10 + 15×1 = 27
    expect(row('paris').score).toBe(27)
    expect(row('bogota').score).toBe(27)
    expect(row('cairo').scoreParts).toEqual({ sections: 0.4, locales: 0.5, freshness: 0.5, frequency: 0.17, platforms: 0.33 })
  })

  it('gives the network’s figures', () => {
    const { network } = report
    expect(network.publishedInLast30Days).toBe(1)
    expect(network.platformCoverage).toEqual([
      { platform: 'x', name: 'X', missions: 2, share: 0.5 },
      { platform: 'facebook', name: 'Facebook', missions: 1, share: 0.25 },
      { platform: 'instagram', name: 'Instagram', missions: 1, share: 0.25 },
      { platform: 'mastodon', name: 'Mastodon', missions: 0, share: 0 },
    ])
    expect(network.averageScore).toBe(42.25)
    expect(network.ministryGaps).toEqual(['charter'])
    expect(network.notModelled).toEqual(['accredited-corps', 'survey', 'blog'])
  })

  it('orders the missions that most need attention, lowest score first, with the reasons', () => {
    const attention = report.network.needsAttention
    expect(attention.map((m) => [m.slug, m.score])).toEqual([['bogota', 27], ['paris', 27], ['cairo', 39], ['madrid', 76]])
    expect(attention[2]!.reasons.map((r) => r.code)).toEqual([
      'stale-releases', 'few-releases', 'missing-locales', 'missing-section:consular-services', 'missing-section:citizen-attention', 'few-platforms',
    ])
    expect(attention[2]!.reasons[0]!.message).toBe('last press release 45 days ago')
    expect(attention[0]!.reasons.map((r) => r.code)).toEqual(['no-releases', 'missing-section:directory', 'missing-section:atlas', 'missing-section:citizen-attention'])
    expect(auditNetwork(data, { now: NOW, attentionCount: 2 }).network.needsAttention.map((m) => m.slug)).toEqual(['bogota', 'paris'])
  })

  it('the clock is an input: the same data a month later is staler', () => {
    // By then the release dated 2026-06-20 is out and is Madrid's last; the one of 2026-05-06 has left the window.
    const later = auditNetwork(data, { now: new Date('2026-08-15T12:00:00.000Z') })
    expect(later.missions.find((m) => m.slug === 'madrid')!.releases).toEqual({ lastPublishedAt: '2026-06-20T12:00:00.000Z', daysSinceLast: 56, inWindow: 3, perMonth: 1 })
    expect(later.network.publishedInLast30Days).toBe(0)
  })

  it('refuses a bad clock or window with the option named', () => {
    expect(() => auditNetwork(data, { now: new Date('nonsense') })).toThrow(/now: must be a valid date/)
    expect(() => auditNetwork(data, { now: NOW, windowDays: 0 })).toThrow(/windowDays: must be a whole number/)
  })

  it('reads published content only, as the public sees it', () => {
    expect(data.releases).toHaveLength(8)
    expect(data.releases.map((r) => r.publishedAt)).not.toContain('2026-06-14T00:00:00.000Z')
    expect(data.services.map((s) => s.slug).sort()).toEqual(['passports', 'visas'])
  })
})

describe('who sees what', () => {
  const user = (email: string) => signIn(db.payload, email, PASSWORD)

  it('ministry users see the whole network', async () => {
    for (const email of [EMAILS.admin, EMAILS.ministryEditor]) {
      const scoped = await runAudit(db.payload, { scope: auditScopeFor(await user(email)), now: NOW })
      expect(scoped.missions.map((m) => m.slug)).toEqual(['bogota', 'cairo', 'madrid', 'paris'])
    }
  })

  it('a mission editor sees only their own missions, and the network figures are theirs too', async () => {
    const scope = auditScopeFor(await user(EMAILS.missionEditor))
    const own = await runAudit(db.payload, { scope, now: NOW })
    expect(own.missions.map((m) => m.slug)).toEqual(['cairo', 'madrid'])
    expect(own.network.missionsAudited).toBe(2)
    expect(own.network.needsAttention.map((m) => m.slug)).toEqual(['cairo', 'madrid'])
    expect(own.network.platformCoverage.find((p) => p.platform === 'x')).toEqual({ platform: 'x', name: 'X', missions: 2, share: 1 })

    expect((await runAudit(db.payload, { scope, now: NOW, missions: ['madrid'] })).missions.map((m) => m.slug)).toEqual(['madrid'])
    await expect(runAudit(db.payload, { scope, now: NOW, missions: ['paris'] })).rejects.toMatchObject({ status: 403, message: 'mission: "paris" is not one of your missions' })
  })

  it('an unknown mission is a 404 naming the slug; nobody signed in is a 401', async () => {
    await expect(runAudit(db.payload, { scope: { kind: 'network' }, now: NOW, missions: ['atlantis'] })).rejects.toMatchObject({ status: 404, message: 'mission: no mission has the slug "atlantis"' })
    expect(() => auditScopeFor(null)).toThrow(AuditRequestError)
    expect(() => auditScopeFor(null)).toThrow(/Sign in/)
  })
})
