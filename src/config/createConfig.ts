import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import type { SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { AccreditedMissions } from '../../collections/AccreditedMissions'
import { Alerts } from '../../collections/Alerts'
import { AppointmentSchedules } from '../../collections/AppointmentSchedules'
import { Bookings } from '../../collections/Bookings'
import { Enquiries } from '../../collections/Enquiries'
import { EnquiryTopics } from '../../collections/EnquiryTopics'
import { Media } from '../../collections/Media'
import { Ministry } from '../../collections/Ministry'
import { MissionPages } from '../../collections/MissionPages'
import { Missions } from '../../collections/Missions'
import { PressReleases } from '../../collections/PressReleases'
import { BlogPosts } from '../../collections/BlogPosts'
import { Services } from '../../collections/Services'
import { SiteBuildLeases } from '../../collections/SiteBuildLeases'
import { SocialAccounts } from '../../collections/SocialAccounts'
import { SocialPlatforms } from '../../collections/SocialPlatforms'
import { SurveyResponses } from '../../collections/SurveyResponses'
import { Topics } from '../../collections/Topics'
import { TravelAdvice } from '../../collections/TravelAdvice'
import { Users } from '../../collections/Users'
import { auditEndpoint } from '../audit/auditEndpoint'
import { citizenDataEndpoint } from '../citizen/accessRequest'
import { jobsConfig } from '../jobs/jobsConfig'
import { runJobsInTurn } from '../jobs/jobsInTurn'
import { startJobRunnerInDevServer } from '../jobs/startJobRunnerInDevServer'
import { mailAdapter, mailSettings } from '../mail/mailAdapter'
import { hardenConfig } from '../security/hardenConfig'
import { chooseDatabase, databaseAdapter } from './database'
import { inputGuards } from './inputGuards'
import { mediaStorage } from './mediaStorage'
import { DEFAULT_LOCALE, LOCALES } from './locales'
import { resolveSecret } from './secret'
import { translations } from '../translations/plugin'
import { auditTrail } from '../trail/plugin'
import { reviewWorkflow } from '../review/reviewWorkflow'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export type ChanceryEnv = {
  DATABASE_URL?: string
  PAYLOAD_SECRET?: string
  NODE_ENV?: string
  DATA_DIR?: string
  /** Where the rebuild jobs write the sites (else the process environment's, else dist/sites). */
  SITES_DIR?: string
  /** Mail: SMTP when set, else .eml files under DATA_DIR/outbox (src/mail/mailAdapter.ts). */
  SMTP_URL?: string
  MAIL_FROM?: string
  /** The CMS's public address: the CSRF allow-list, Secure cookies, the password reset link (src/security). */
  CMS_PUBLIC_URL?: string
}

/** Everything Payload needs, from the environment. Tests call it with their own database. */
export async function createConfig(env: ChanceryEnv = process.env): Promise<SanitizedConfig> {
  const dataDir = path.resolve(root, env.DATA_DIR ?? 'data')
  return buildConfig(hardenConfig({
    secret: resolveSecret(env, dataDir),
    db: await databaseAdapter(chooseDatabase(env.DATABASE_URL, dataDir)),
    editor: lexicalEditor({}),
    sharp,
    admin: {
      user: Users.slug,
      importMap: { baseDir: root, importMapFile: path.join(root, 'src', 'app', '(payload)', 'admin', 'importMap.js') },
      meta: { titleSuffix: ' · Chancery' },
      // Gravatar would send editors' e-mail hashes to a third party.
      avatar: 'default',
      components: {
        views: {
          audit: { Component: '/src/admin/AuditDashboardView#AuditDashboardView', path: '/audit' },
          survey: { Component: '/src/admin/SurveyResultsView#SurveyResultsView', path: '/survey' },
          appointments: { Component: '/src/admin/AppointmentsView#AppointmentsView', path: '/appointments' },
          translations: { Component: '/src/admin/TranslationsView#TranslationsView', path: '/translations' },
          review: { Component: '/src/admin/ReviewQueueView#ReviewQueueView', path: '/review' },
        },
        afterNavLinks: ['/src/admin/ReviewLinks#ReviewNavLink', '/src/admin/AuditLinks#AuditNavLink', '/src/admin/AppointmentsLinks#AppointmentsNavLink', '/src/admin/TranslationLinks#TranslationsNavLink'],
        afterDashboard: ['/src/admin/AuditLinks#AuditDashboardLink'],
      },
    },
    endpoints: [auditEndpoint, citizenDataEndpoint],
    email: mailAdapter(mailSettings(env, dataDir)),
    collections: [
      Missions, PressReleases, BlogPosts, MissionPages, Services, Topics, SocialAccounts, SocialPlatforms,
      Enquiries, EnquiryTopics, SurveyResponses,
      AppointmentSchedules, Bookings,
      Alerts,
      TravelAdvice,
      AccreditedMissions,
      { ...Media, upload: { ...(Media.upload as object), staticDir: path.join(dataDir, 'media') } },
      Users,
      SiteBuildLeases,
    ],
    globals: [Ministry],
    jobs: jobsConfig(env),
    onInit: async (payload) => {
      runJobsInTurn(payload)
      startJobRunnerInDevServer(payload, env)
    },
    localization: {
      locales: LOCALES.map(({ code, label, rtl }) => ({ code, label, rtl })),
      defaultLocale: DEFAULT_LOCALE,
      fallback: true,
    },
    typescript: {
      outputFile: path.join(root, 'src', 'payload-types.ts'),
      // Outside production Payload regenerates the types at every start, in a child process of its
      // own (about 8 CPU-seconds here): worth it in Next's development server, where the code is
      // being edited (the process's NODE_ENV, which only Next sets to development), not for each
      // test file's Payload, script, benchmark or npm start's own instance.
      // test/config/payloadTypes.test.ts checks that the committed file is what the configuration generates.
      autoGenerate: process.env.NODE_ENV === 'development',
    },
    graphQL: { disablePlaygroundInProduction: true },
    telemetry: false,
    plugins: [inputGuards, reviewWorkflow, auditTrail, translations, ...mediaStorage(env)],
  }, env))
}
