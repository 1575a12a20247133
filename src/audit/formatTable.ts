/**
 * The audit as plain text for a terminal: the network summary, then one row per mission.
 * Pure: the same report always prints the same text.
 */
import type { AppointmentSummary, NoShows, PlacesUsed } from '../appointments/figures'
import { sectionByKey, type SectionKey } from './sections'
import type { AuditReport, InteractionFigures } from './types'

export function formatAuditTable(report: AuditReport): string {
  const { network: n } = report
  const out: string[] = []
  out.push(`Presence audit as of ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC (releases per month, enquiries and survey answers over ${report.windowDays} days)`, '')

  out.push('Network')
  out.push(...indent(columns([
    ['Missions audited', `${n.missionsAudited}${n.closedMissionsSkipped ? ` (${n.closedMissionsSkipped} closed, not audited)` : ''}`],
    ['Published in the last 30 days', `${n.publishedInLast30Days} of ${n.missionsAudited}`],
    ['Average score', n.averageScore === null ? '–' : `${Math.round(n.averageScore)} / 100`],
    ['Reply promise', `${n.replyWithinWorkingDays} working days (Monday to Friday, UTC)`],
    ['Enquiries received', `${n.interaction.enquiries.received} in ${report.windowDays} days, ${n.interaction.enquiries.answered} answered`],
    ['First reply (hours)', `median ${hours(n.interaction.enquiries.firstReplyHours.median)}, 90th percentile ${hours(n.interaction.enquiries.firstReplyHours.p90)}`],
    ['Answered within promise', inTime(n.interaction)],
    ['Open past the promise', String(n.interaction.enquiries.openOverdue)],
    ['Survey', survey(n.interaction)],
    ['Appointments', appointments(n.interaction.appointments)],
    ['Places used', `last 30 days ${used(n.interaction.appointments.past30)}; next 30 days ${used(n.interaction.appointments.next30)}`],
    ['No-shows (90 days)', noShows(n.interaction.appointments.last90)],
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
  const header = ['Mission', 'Score', 'Locales', 'Missing', 'Last release', 'Per month', 'Services', 'Accounts', 'Enquiries', 'Reply h p50/p90', 'In time', 'Overdue', 'Survey', 'Missing sections']
  const rows = report.missions.map((m) => [
    m.slug,
    String(m.score),
    m.locales.served.join(',') || '–',
    m.locales.missing.join(',') || '–',
    m.releases.daysSinceLast === null ? 'never' : `${m.releases.daysSinceLast} d ago`,
    m.releases.perMonth.toFixed(1),
    String(m.services.count),
    m.accounts.map((a) => `${a.platform}${a.count > 1 ? `×${a.count}` : ''}`).join(' ') || '–',
    String(m.interaction.enquiries.received),
    `${hours(m.interaction.enquiries.firstReplyHours.median)}/${hours(m.interaction.enquiries.firstReplyHours.p90)}`,
    share(m.interaction.enquiries.withinPromiseShare),
    String(m.interaction.enquiries.openOverdue),
    m.interaction.survey.mean === null ? '–' : `${m.interaction.survey.mean.toFixed(1)} (${m.interaction.survey.count})`,
    m.sections.missing.join(', ') || '–',
  ])
  const right = [false, true, false, false, true, true, true, false, true, true, true, true, true]
  out.push(...indent(report.missions.length ? columns([header, ...rows], right) : ['no missions in scope']))
  out.push('')

  out.push('Appointments (places used: taken of offered; no-shows of those checked in)')
  const bookable = report.missions.flatMap((m) => m.appointments)
  out.push(...indent(bookable.length
    ? columns([
      ['Mission', 'Service', 'Offices', 'Next available', 'Wait', 'Used, last 30 d', 'Used, next 30 d', 'No-shows, 90 d'],
      ...bookable.map((a) => [
        a.missionSlug, a.serviceSlug, String(a.offices), a.nextAvailableDate ?? 'full', a.waitingDays === null ? '–' : `${a.waitingDays} d`,
        used(a.past30), used(a.next30), noShows(a.last90),
      ]),
    ], [false, false, true, false, true, true, true, true])
    : ['no mission in scope takes appointments']))
  return `${out.join('\n')}\n`
}

const hours = (h: number | null) => (h === null ? '–' : String(h))
const share = (s: number | null) => (s === null ? '–' : `${Math.round(s * 100)}%`)
const inTime = ({ enquiries: e }: InteractionFigures) =>
  e.due === 0 ? 'nothing due yet' : `${share(e.withinPromiseShare)} (${e.answeredWithinPromise} of ${e.due} due)`
const survey = ({ survey: s }: InteractionFigures) =>
  s.count === 0 ? 'no answers' : `${s.count} answer${s.count === 1 ? '' : 's'}, mean ${s.mean} of 5, ${share(s.resolvedShare)} resolved`

const appointments = (a: AppointmentSummary) =>
  a.services === 0
    ? 'no service takes appointments'
    : `${a.services} service${a.services === 1 ? '' : 's'}, wait median ${days(a.waitingDays.median)}, longest ${days(a.waitingDays.max)}${a.fullyBooked ? `, ${a.fullyBooked} fully booked` : ''}`
const days = (d: number | null) => (d === null ? '–' : `${d} d`)
const used = (p: PlacesUsed) => (p.offered === 0 ? '–' : `${share(p.usedShare)} (${p.taken} of ${p.offered})`)
const noShows = (n: NoShows) => (n.rate === null ? '–' : `${share(n.rate)} (${n.noShows} of ${n.attended + n.noShows})`)

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
