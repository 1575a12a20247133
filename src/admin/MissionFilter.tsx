import React from 'react'

type Props = { id: string; choices: { slug: string; name: string }[]; selected: string | undefined }

/** The staff views' mission filter: a plain GET form, so it works before the page hydrates. */
export function MissionFilter({ id, choices, selected }: Props) {
  if (choices.length < 2) return null
  return (
    <form method="get" className="audit-dashboard__filter">
      <label htmlFor={id}>Mission</label>{' '}
      <select id={id} name="mission" defaultValue={selected ?? ''}>
        <option value="">All missions in scope</option>
        {choices.map((c) => (
          <option key={c.slug} value={c.slug}>{c.name}</option>
        ))}
      </select>{' '}
      <button type="submit">Show</button>
    </form>
  )
}
