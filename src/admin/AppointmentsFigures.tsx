/**
 * The appointment figures per mission and service (src/appointments/figures.ts) as a captioned
 * table. Pure: a function of the rows and the names to show them under.
 */
import React from 'react'

import type { NoShows, PlacesUsed, ServiceAppointmentFigures } from '../appointments/figures'
import { longDate } from './AppointmentsDayList'

type Props = { rows: ServiceAppointmentFigures[]; missionNames: ReadonlyMap<string, string>; serviceTitles: ReadonlyMap<string, string> }

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`)
const used = (p: PlacesUsed) => (p.offered === 0 ? 'nothing offered' : `${percent(p.usedShare)} (${p.taken} of ${p.offered})`)
const noShows = (n: NoShows) => (n.rate === null ? 'nobody checked in' : `${percent(n.rate)} (${n.noShows} of ${n.attended + n.noShows})`)

export function AppointmentsFigures({ rows, missionNames, serviceTitles }: Props) {
  return (
    <section aria-labelledby="appointments-figures" className="appointments__figures">
      <h2 id="appointments-figures">Waiting times and use</h2>
      {rows.length === 0 ? (
        <p>No service takes appointments at the missions shown.</p>
      ) : (
        <table className="appointments__table" id="appointments-figures-table">
          <caption>
            Per mission and service, every office pooled. Places used: taken of offered. No-shows: of the people checked in over the last 90 days.
          </caption>
          <thead>
            <tr>
              <th scope="col">Mission</th>
              <th scope="col">Service</th>
              <th scope="col">Next available</th>
              <th scope="col" className="num">Days of waiting</th>
              <th scope="col" className="num">Places used, last 30 days</th>
              <th scope="col" className="num">Places used, next 30 days</th>
              <th scope="col" className="num">No-show rate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.missionId}|${r.serviceId}`} data-mission={r.missionSlug} data-service={r.serviceSlug}>
                <td>{missionNames.get(r.missionId) ?? r.missionSlug}</td>
                <th scope="row">{serviceTitles.get(r.serviceId) ?? r.serviceSlug}{r.offices > 1 && ` (${r.offices} offices)`}</th>
                <td>{r.nextAvailableDate === null ? 'fully booked' : <time dateTime={r.nextAvailableDate}>{longDate(r.nextAvailableDate)}</time>}</td>
                <td className="num">{r.waitingDays ?? '–'}</td>
                <td className="num">{used(r.past30)}</td>
                <td className="num">{used(r.next30)}</td>
                <td className="num">{noShows(r.last90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
