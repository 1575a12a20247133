import type { Payload } from 'payload'

import type { SeedContext } from './context'
import type { DemoRole } from './data/users'
import { emptyRefs } from './refs'
import { emptyReport, type SeedReport } from './report'
import { seedAccounts } from './steps/accounts'
import { seedAlerts } from './steps/alerts'
import { seedAppointmentSchedules } from './steps/appointmentSchedules'
import { seedBlogPosts } from './steps/blog'
import { seedBookings } from './steps/bookings'
import { seedCharterCommitments } from './steps/charter'
import { seedCorps } from './steps/corps'
import { seedEnquiries } from './steps/enquiries'
import { seedEnquiryTopics } from './steps/enquiryTopics'
import { seedMedia } from './steps/media'
import { seedMinistry } from './steps/ministry'
import { seedMissionPages } from './steps/pages'
import { seedMissions } from './steps/missions'
import { seedPlatforms } from './steps/platforms'
import { seedMinistryReleases, seedMissionReleases } from './steps/releases'
import { linkServicesToMissions, seedServices } from './steps/services'
import { seedSurveys } from './steps/surveys'
import { seedMissionTimeZones } from './steps/timeZones'
import { seedTopics } from './steps/topics'
import { seedTravelAdvice } from './steps/travelAdvice'
import { seedTranslationRevisions } from './steps/translations'
import { seedUsers } from './steps/users'
import { SEEDING_CONTEXT } from './writer'
import { withRelaxedDurability } from './relaxedDurability'

export type { SeedReport } from './report'

export type SeedOptions = {
  /** Passwords for the demo users it creates; otherwise random ones, returned in the report. */
  passwords?: Partial<Record<DemoRole, string>>
  log?: (line: string) => void
  /**
   * Called once the demo accounts exist, with the logins this run created, while the rest of the
   * network is still to be written: npm start lets the admin answer from then on.
   */
  accountsReady?: (credentials: SeedReport['credentials']) => void
}

type Step = { label: string; collection?: string; run: (context: SeedContext) => Promise<void> }

/**
 * In dependency order: what a step links to has been written by an earlier one. The accounts come
 * as early as that allows (they link to missions); what only the content links to (topics,
 * platforms, images) after them.
 */
const STEPS: Step[] = [
  { label: 'ministry', collection: 'ministry', run: seedMinistry },
  { label: 'charter commitments', run: seedCharterCommitments },
  { label: 'services', collection: 'services', run: seedServices },
  { label: 'missions', collection: 'missions', run: seedMissions },
  { label: 'mission time zones', run: seedMissionTimeZones },
  { label: 'services offered by missions', run: linkServicesToMissions },
  { label: 'appointment schedules', collection: 'appointment-schedules', run: seedAppointmentSchedules },
  { label: 'users', collection: 'users', run: seedUsers },
  { label: 'topics', collection: 'topics', run: seedTopics },
  { label: 'enquiry topics', collection: 'enquiry-topics', run: seedEnquiryTopics },
  { label: 'social platforms', collection: 'social-platforms', run: seedPlatforms },
  { label: 'media', collection: 'media', run: seedMedia },
  { label: 'ministry press releases', collection: 'press-releases', run: seedMinistryReleases },
  { label: 'mission press releases', collection: 'press-releases', run: seedMissionReleases },
  { label: 'mission pages', collection: 'mission-pages', run: seedMissionPages },
  { label: 'blog posts', collection: 'blog-posts', run: seedBlogPosts },
  { label: 'Spanish texts revised after their translations', run: seedTranslationRevisions },
  { label: 'social accounts', collection: 'social-accounts', run: seedAccounts },
  { label: 'enquiries', collection: 'enquiries', run: seedEnquiries },
  { label: 'survey responses', collection: 'survey-responses', run: seedSurveys },
  { label: 'bookings', collection: 'bookings', run: seedBookings },
  { label: 'alerts', collection: 'alerts', run: seedAlerts },
  { label: 'travel advice', collection: 'travel-advice', run: seedTravelAdvice },
  { label: 'accredited corps', collection: 'accredited-missions', run: seedCorps },
]

/**
 * Seeds the demo network (Ecuador's foreign ministry) into an empty or partly seeded
 * database. Idempotent: documents are found by natural key and never overwritten, so a
 * second run creates nothing, changes nothing and returns no credentials.
 */
export async function seedDemoNetwork(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const report = emptyReport()
  const context: SeedContext = { payload, report, refs: emptyRefs(), now: new Date(), passwords: options.passwords ?? {} }
  await withRelaxedDurability(payload, async () => {
    for (const step of STEPS) {
      await runStep(step, context, log)
      if (step.run === seedUsers) options.accountsReady?.(report.credentials)
    }
  })
  return report
}

async function runStep(step: Step, context: SeedContext, log: (line: string) => void): Promise<void> {
  const { report } = context
  const started = Date.now()
  const before = step.collection ? tally(report, step.collection) : null
  await step.run(context)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (before && step.collection) {
    const after = tally(report, step.collection)
    log(`${step.label}: ${after.created - before.created} created, ${after.unchanged - before.unchanged} unchanged (${seconds} s)`)
  } else {
    log(`${step.label}: done (${seconds} s)`)
  }
}

function tally(report: SeedReport, collection: string) {
  return { created: report.created[collection] ?? 0, unchanged: report.unchanged[collection] ?? 0 }
}

/** True when the network has no mission yet: the start script seeds only then. */
export async function isNetworkEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'missions', context: SEEDING_CONTEXT })
  return totalDocs === 0
}
