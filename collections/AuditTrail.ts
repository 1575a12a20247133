import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/rules'
import { readAddress, readTrail } from '../src/trail/access'
import { refuseDelete, refuseRewrite, refuseRewriteOperation } from '../src/trail/appendOnly'
import { exportTrailEndpoint } from '../src/trail/exportEndpoint'
import { TRAIL_ACTIONS, TRAIL_CHANNELS, TRAIL_SLUG, type TrailSubject } from '../src/trail/types'

/**
 * Who changed what, when, from where (docs/audit-trail.md). Append-only: entries are written
 * by the trail's hooks (src/trail/plugin.ts) through the database adapter; no caller of any API
 * creates, edits or deletes one, and the hooks below refuse the server's own code too. `subjects` are the collections and globals the trail records, for the admin's filter.
 */
export function auditTrailCollection(subjects: readonly TrailSubject[]): CollectionConfig {
  return {
    slug: TRAIL_SLUG,
    labels: { singular: 'Audit trail entry', plural: 'Audit trail' },
    graphQL: { singularName: 'AuditTrailEntry', pluralName: 'AuditTrailEntries' },
    admin: {
      group: 'Administration',
      useAsTitle: 'summary',
      defaultColumns: ['at', 'action', 'userEmail', 'collection', 'title', 'missions'],
      listSearchableFields: ['title', 'userEmail', 'documentId'],
      description: 'Every change of content and every sign-in, as it happened. Entries cannot be changed or deleted.',
      components: { beforeList: ['/src/admin/TrailExport#TrailExport'] },
      pagination: { defaultLimit: 50 },
    },
    defaultSort: '-at',
    // Entries are never edited: no versions to keep, no lock to take when one is opened.
    versions: false,
    lockDocuments: false,
    disableDuplicate: true,
    access: { read: readTrail, create: nobody, update: nobody, delete: nobody },
    hooks: {
      beforeOperation: [refuseRewriteOperation],
      beforeChange: [refuseRewrite],
      beforeDelete: [refuseDelete],
    },
    endpoints: [exportTrailEndpoint],
    fields: [
      {
        name: 'at', type: 'date', required: true, index: true, label: 'When',
        admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
      },
      { name: 'action', type: 'select', required: true, index: true, options: TRAIL_ACTIONS.map((a) => ({ ...a })) },
      // The list's title for the entry, written with it (src/trail/record.ts).
      { name: 'summary', type: 'text', admin: { hidden: true } },
      { type: 'row', fields: [
        { name: 'userEmail', type: 'text', index: true, label: 'User', admin: { description: 'The account’s e-mail at the time; for a failed sign-in, the address tried.' } },
        { name: 'userId', type: 'text', index: true, label: 'User id' },
        { name: 'userRole', type: 'text', label: 'Role' },
      ] },
      { type: 'row', fields: [
        { name: 'collection', type: 'select', required: true, index: true, options: subjects.map((s) => ({ ...s })) },
        { name: 'documentId', type: 'text', index: true, label: 'Document id' },
        { name: 'documentStatus', type: 'text', label: 'Status after' },
      ] },
      { name: 'title', type: 'text', admin: { description: 'The document’s title when it changed. Personal data (enquiries, bookings, survey answers) is never copied here.' } },
      { name: 'missions', type: 'relationship', relationTo: 'missions', hasMany: true, index: true },
      { name: 'locale', type: 'text', admin: { description: 'The language the change was made in: localized fields are compared in it.' } },
      {
        name: 'changes', type: 'array',
        admin: { description: 'Short values before and after; long text, rich text, lists and personal data are only named.' },
        fields: [
          { type: 'row', fields: [
            { name: 'field', type: 'text', required: true },
            { name: 'before', type: 'text' },
            { name: 'after', type: 'text' },
            { name: 'omitted', type: 'text', label: 'Values not kept' },
          ] },
        ],
      },
      { type: 'row', fields: [
        { name: 'channel', type: 'select', options: TRAIL_CHANNELS.map((c) => ({ label: c === 'local' ? 'Server' : c, value: c })) },
        { name: 'ip', type: 'text', label: 'Client address', access: { read: readAddress } },
      ] },
    ],
  }
}
