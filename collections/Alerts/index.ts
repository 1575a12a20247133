import type { CollectionConfig } from 'payload'

import {
  createForOwnMission, deleteOwnMissionDraft, readVersionsOwnMission, startedOrOwnMission, updateOwnMission,
} from '../../src/access/rules'
import { assignedMissionIds, isMissionEditor } from '../../src/access/roles'
import { alertSites } from '../../src/alerts/alertSites'
import { scheduleAlertBoundaries } from '../../src/alerts/boundaryJob'
import { ALERT_SEVERITIES } from '../../src/alerts/types'
import { draftsOnlyForMissionEditors } from '../../src/hooks/enforceMissionScope'
import { missionEditorsSaveDrafts } from '../../src/hooks/missionEditorsSaveDrafts'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete } from '../../src/jobs/hooks/rebuildSitesHooks'
import { checkCountryCode } from '../../src/validation/iso'
import { checkAlertWindow } from './hooks/checkAlertWindow'
import { keepMissionEditorsFromOthersAlerts, keepMissionEditorsToOwnMissions } from './hooks/keepMissionEditorsToOwnMissions'

/**
 * A crisis notice at the top of the sites it concerns, from its start to its expiry: the whole
 * network, or chosen missions and/or the missions in chosen countries. Ministry users publish;
 * a mission editor drafts alerts for their own missions only, for a ministry user to review.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: 'Alert', plural: 'Alerts' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'scope', 'startsAt', 'expiresAt', '_status'],
    group: 'News',
  },
  versions: { drafts: { schedulePublish: false }, maxPerDoc: 50 },
  access: {
    read: startedOrOwnMission('missions'),
    readVersions: readVersionsOwnMission('missions'),
    create: createForOwnMission('missions'),
    update: updateOwnMission('missions'),
    delete: deleteOwnMissionDraft('missions'),
  },
  hooks: {
    beforeOperation: [missionEditorsSaveDrafts, noteLiveVersion],
    beforeValidate: [keepMissionEditorsToOwnMissions, checkAlertWindow],
    beforeChange: [draftsOnlyForMissionEditors],
    beforeDelete: [keepMissionEditorsFromOthersAlerts],
    afterChange: [rebuildAfterChange(alertSites), scheduleAlertBoundaries],
    afterDelete: [rebuildAfterDelete(alertSites)],
  },
  fields: [
    {
      name: 'severity', type: 'select', required: true, defaultValue: 'information',
      options: ALERT_SEVERITIES.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'text', type: 'textarea', localized: true, required: true, maxLength: 2000 },
    {
      name: 'startsAt', type: 'date', required: true, index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Shown from this moment.' },
    },
    {
      name: 'expiresAt', type: 'date', required: true, index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Taken down at this moment, with nobody acting.' },
    },
    {
      name: 'scope', type: 'radio', required: true, defaultValue: 'selected',
      options: [
        { label: 'Chosen missions and countries', value: 'selected' },
        { label: 'The whole network', value: 'network' },
      ],
      admin: { position: 'sidebar', description: 'A mission editor’s alert concerns their own missions only.' },
    },
    {
      name: 'missions', type: 'relationship', relationTo: 'missions', hasMany: true, index: true,
      filterOptions: ({ req }) => (isMissionEditor(req.user) ? { id: { in: assignedMissionIds(req.user) } } : true),
      defaultValue: ({ user }: { user?: unknown }) => (isMissionEditor(user as never) ? assignedMissionIds(user as never).slice(0, 1) : []),
      admin: { condition: (data) => data?.scope !== 'network', description: 'The sites of these missions show it.' },
    },
    {
      name: 'countries', type: 'text', hasMany: true,
      validate: (value: unknown) => {
        for (const code of Array.isArray(value) ? value : []) {
          const result = checkCountryCode(code)
          if (result !== true) return `Countries: ${result}.`
        }
        return true
      },
      admin: { condition: (data) => data?.scope !== 'network', description: 'ISO 3166-1 alpha-2 codes: every mission in these countries shows it.' },
    },
  ],
}
