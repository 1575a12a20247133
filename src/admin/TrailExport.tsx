/**
 * Above the audit trail's list: a form that downloads the trail as CSV through
 * GET /api/audit-trail/export.csv (src/trail/exportEndpoint.ts). A plain GET form, so it works
 * before the page hydrates; the endpoint applies the same read rules as the list.
 */
import type { BeforeListServerProps } from 'payload'
import React from 'react'

import { assignedMissionIds, isMinistryUser, isMissionEditor } from '../access/roles'

type Choice = { value: string; label: string }

// Payload renders beforeList outside the list's gutter: the form takes the same side margins,
// and no field is wider than a phone's screen.
const row: React.CSSProperties = {
  display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', margin: '0 0 1.5rem', padding: '0 var(--gutter-h)', boxSizing: 'border-box', maxWidth: '100%',
}
const cell: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: '0.25rem', minWidth: 0, maxWidth: '100%' }
const field: React.CSSProperties = { maxWidth: '100%', width: '18rem', boxSizing: 'border-box' }

async function missionChoices(props: BeforeListServerProps): Promise<Choice[]> {
  const { payload, user } = props
  const own = isMissionEditor(user) ? assignedMissionIds(user) : null
  if (!isMinistryUser(user) && !own?.length) return []
  const { docs } = await payload.find({
    collection: 'missions', depth: 0, limit: 1000, sort: 'slug', select: { name: true, slug: true }, overrideAccess: true,
    ...(own ? { where: { id: { in: own } } } : {}),
  })
  return docs.map((m) => ({ value: String(m.id), label: m.name ?? m.slug ?? String(m.id) }))
}

function collectionChoices(props: BeforeListServerProps): Choice[] {
  const field = props.collectionConfig.flattenedFields.find((f) => f.name === 'collection')
  const options = field && 'options' in field ? field.options : []
  return options.map((o) => (typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: typeof o.label === 'string' ? o.label : o.value }))
}

export async function TrailExport(props: BeforeListServerProps) {
  const { payload, user } = props
  if (!isMinistryUser(user) && !isMissionEditor(user)) return null
  const missions = await missionChoices(props)
  const action = `${payload.config.routes.api.replace(/\/$/, '')}/audit-trail/export.csv`
  return (
    <form method="get" action={action} className="trail-export" aria-labelledby="trail-export-heading" style={row}>
      <h2 id="trail-export-heading" style={{ flexBasis: '100%', margin: 0, fontSize: '1.1rem' }}>Export as CSV</h2>
      <div style={cell}>
        <label htmlFor="trail-export-user">User (e-mail)</label>
        <input id="trail-export-user" name="user" type="text" autoComplete="off" style={field} />
      </div>
      {missions.length > 0 && (
        <div style={cell}>
          <label htmlFor="trail-export-mission">Mission</label>
          <select id="trail-export-mission" name="mission" defaultValue="" style={field}>
            <option value="">{isMissionEditor(user) ? 'All my missions' : 'All missions'}</option>
            {missions.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </div>
      )}
      <div style={cell}>
        <label htmlFor="trail-export-collection">Collection</label>
        <select id="trail-export-collection" name="collection" defaultValue="" style={field}>
          <option value="">All</option>
          {collectionChoices(props).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
      <div style={cell}>
        <label htmlFor="trail-export-from">From (UTC)</label>
        <input id="trail-export-from" name="from" type="date" />
      </div>
      <div style={cell}>
        <label htmlFor="trail-export-to">To (UTC, inclusive)</label>
        <input id="trail-export-to" name="to" type="date" />
      </div>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Download CSV</button>
    </form>
  )
}
