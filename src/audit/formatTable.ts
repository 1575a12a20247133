/**
 * The audit as plain text for a terminal: the network summary, then one row per mission.
 * Pure: the same report always prints the same text.
 */
import { sectionByKey, type SectionKey } from './sections'
import type { AuditReport } from './types'

export function formatAuditTable(report: AuditReport): string {
  const { network: n } = report
  const out: string[] = []
  out.push(`Presence audit as of ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC (releases per month over ${report.windowDays} days)`, '')

  out.push('Network')
  out.push(...indent(columns([
    ['Missions audited', `${n.missionsAudited}${n.closedMissionsSkipped ? ` (${n.closedMissionsSkipped} closed, not audited)` : ''}`],
    ['Published in the last 30 days', `${n.publishedInLast30Days} of ${n.missionsAudited}`],
    ['Average score', n.averageScore === null ? '–' : `${Math.round(n.averageScore)} / 100`],
    ['Ministry-wide gaps', labels(n.ministryGaps) || 'none'],
    ['Not in the content model', `${labels(n.notModelled)} (counted missing everywhere)`],
  ])))
  out.push('')

  out.push('Platform coverage (missions with an account)')
  out.push(...indent(n.platformCoverage.length
    ? columns(n.platformCoverage.map((p) => [p.name, `${p.missions}/${n.missionsAudited}`, `${Math.round(p.share * 100)}%`]), [false, true, true])
    : ['no platforms']))
  out.push('')

  out.push('Needs attention')
  out.push(...indent(n.needsAttention.length
    ? n.needsAttention.map((m, i) => `${i + 1}. ${m.slug} (score ${m.score}): ${m.reasons.map((r) => r.message).join('; ')}`)
    : ['nothing']))
  out.push('')

  out.push('Missions')
  const header = ['Mission', 'Score', 'Locales', 'Missing', 'Last release', 'Per month', 'Services', 'Accounts', 'Missing sections']
  const rows = report.missions.map((m) => [
    m.slug,
    String(m.score),
    m.locales.served.join(',') || '–',
    m.locales.missing.join(',') || '–',
    m.releases.daysSinceLast === null ? 'never' : `${m.releases.daysSinceLast} d ago`,
    m.releases.perMonth.toFixed(1),
    String(m.services.count),
    m.accounts.map((a) => `${a.platform}${a.count > 1 ? `×${a.count}` : ''}`).join(' ') || '–',
    m.sections.missing.join(', ') || '–',
  ])
  out.push(...indent(report.missions.length ? columns([header, ...rows], [false, true, false, false, true, true, true]) : ['no missions in scope']))
  return `${out.join('\n')}\n`
}

const labels = (keys: SectionKey[]) => keys.map((k) => sectionByKey(k).label.toLowerCase()).join(', ')

const indent = (lines: string[]) => lines.map((l) => `  ${l}`)

/** Aligned columns; `right[i]` aligns column i to the right (numbers). The last column is never padded. */
function columns(rows: string[][], right: boolean[] = []): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)))
  return rows.map((r) =>
    r
      .map((cell, i) => {
        if (i === r.length - 1 && !right[i]) return cell
        const pad = ' '.repeat(widths[i]! - [...cell].length)
        return right[i] ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd(),
  )
}
