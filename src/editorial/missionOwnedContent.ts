import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import {
  createForOwnMission,
  deleteOwnMissionDraft,
  publishedOrOwnMission,
  readVersionsOwnMission,
  updateOwnMission,
} from '../access/rules'
import { draftsOnlyForMissionEditors, enforceMissionScope } from '../hooks/enforceMissionScope'
import { missionEditorsSaveDrafts } from '../hooks/missionEditorsSaveDrafts'
import { noteLiveVersion, rebuildAfterChange, rebuildAfterDelete, type SitesOf } from '../jobs/hooks/rebuildSitesHooks'

type Options = {
  /** The sites that show a document: a publish or unpublish rebuilds them. */
  sites: SitesOf
  /** Checks of the collection's own, after the mission scope is enforced. */
  beforeValidate?: CollectionBeforeValidateHook[]
  beforeChange?: CollectionBeforeChangeHook[]
}

/**
 * What the editorial collections a mission owns share (press releases, mission pages, blog
 * posts): anyone reads what is published; a mission's editors write their own mission's drafts,
 * and publish them only when the mission is trusted; a publish rebuilds the sites showing it.
 */
export function missionOwnedContent({ sites, beforeValidate = [], beforeChange = [] }: Options): Required<Pick<CollectionConfig, 'access' | 'hooks'>> {
  return {
    access: {
      read: publishedOrOwnMission(),
      readVersions: readVersionsOwnMission(),
      create: createForOwnMission(),
      update: updateOwnMission('mission', { trustedPublishing: true }),
      delete: deleteOwnMissionDraft(),
    },
    hooks: {
      beforeOperation: [missionEditorsSaveDrafts, noteLiveVersion],
      beforeValidate: [enforceMissionScope('mission'), ...beforeValidate],
      beforeChange: [draftsOnlyForMissionEditors, ...beforeChange],
      afterChange: [rebuildAfterChange(sites)],
      afterDelete: [rebuildAfterDelete(sites)],
    },
  }
}
