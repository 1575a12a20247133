/**
 * One office's appointments on one day, as a table that prints on A4 and works without
 * JavaScript: each check-in is its own small form posting to the bookings endpoint, which
 * sends the browser back here. Pure: a function of the rows and the addresses.
 */
import React from 'react'

import type { CheckInOutcome } from '../appointments/checkIn'
import type { DayChoice, DayListRow } from '../appointments/dayList'
import type { BookingStatus } from '../appointments/types'

const STATUS_LABELS: Record<BookingStatus, string> = { booked: 'Booked', cancelled: 'Cancelled', attended: 'Attended', 'no-show': 'No-show' }

const OUTCOME_MESSAGES: Record<CheckInOutcome, (reference: string) => string> = {
  attended: (r) => `${r}: marked attended.`,
  'no-show': (r) => `${r}: marked as a no-show.`,
  unchanged: (r) => `${r} already had that status; nothing changed.`,
  'not-started': (r) => `${r} has not started yet: attendance can be recorded from its start time.`,
  cancelled: (r) => `${r} is cancelled: its place has been given back, so attendance cannot be recorded.`,
  refused: (r) => `${r} could not be changed; open it to see why.`,
}

export const isCheckInOutcome = (value: unknown): value is CheckInOutcome => typeof value === 'string' && value in OUTCOME_MESSAGES

type Props = {
  choice: DayChoice
  rows: DayListRow[]
  /** The view's own address with this mission, office and date: where a check-in returns to. */
  returnTo: string
  /** The REST API's base path ("/api"). */
  apiRoute: string
  /** The admin's base path ("/admin"). */
  adminRoute: string
  notice?: { outcome: CheckInOutcome; bookingId: string } | null
}

export function AppointmentsDayList({ choice, rows, returnTo, apiRoute, adminRoute, notice }: Props) {
  const noticed = notice ? rows.find((r) => r.id === notice.bookingId) : undefined
  const booked = rows.filter((r) => r.status !== 'cancelled')
  const people = booked.reduce((n, r) => n + r.people, 0)
  return (
    <section aria-labelledby="appointments-day" className="appointments__day">
      <h2 id="appointments-day">
        {choice.office.name}, {choice.mission.name}: <time dateTime={choice.date}>{longDate(choice.date)}</time>
      </h2>
      {notice && (
        <p role="status" className={`appointments__notice appointments__notice--${notice.outcome}`} id="appointments-notice">
          {OUTCOME_MESSAGES[notice.outcome](noticed?.reference ?? 'The booking')}
        </p>
      )}
      <p className="appointments__summary">
        {booked.length === 0 ? 'No appointments.' : `${booked.length} appointment${booked.length === 1 ? '' : 's'}, ${people} ${people === 1 ? 'person' : 'people'}`}
        {rows.length > booked.length && ` (${rows.length - booked.length} cancelled, listed in grey)`}. Times in {choice.timeZone}.
      </p>
      {rows.length > 0 && (
        <table className="appointments__table" id="appointments-list">
          <caption>Appointments by time</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Reference</th>
              <th scope="col">Name</th>
              <th scope="col" className="num">People</th>
              <th scope="col">Service</th>
              <th scope="col">Status</th>
              <th scope="col" className="appointments__no-print">Check-in</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} id={`booking-${row.id}`} data-reference={row.reference} className={row.status === 'cancelled' ? 'appointments__row--cancelled' : undefined}>
                <td className="num">{row.time}</td>
                <th scope="row"><a href={`${adminRoute}/collections/bookings/${row.id}`}>{row.reference}</a></th>
                <td>{row.name}</td>
                <td className="num">{row.people}</td>
                <td>{row.service}</td>
                <td data-status={row.status}>{STATUS_LABELS[row.status]}</td>
                <td className="appointments__no-print">
                  <CheckIn row={row} action={`${apiRoute}/bookings/${row.id}/check-in`} returnTo={returnTo} adminRoute={adminRoute} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

// Each name starts with the visible word (WCAG 2.5.3), then says which booking: every row has the same buttons.
function CheckIn({ row, action, returnTo, adminRoute }: { row: DayListRow; action: string; returnTo: string; adminRoute: string }) {
  const edit = <a href={`${adminRoute}/collections/bookings/${row.id}`} aria-label={`Open to cancel ${row.reference}`}>Open to cancel</a>
  if (row.status !== 'booked') return <>{row.status === 'cancelled' ? '–' : edit}</>
  if (!row.started) return <>From {row.time} · {edit}</>
  return (
    <form method="post" action={action} className="appointments__check-in">
      <input type="hidden" name="return" value={returnTo} />
      <button type="submit" name="status" value="attended" aria-label={`Attended: ${row.reference}`}>Attended</button>{' '}
      <button type="submit" name="status" value="no-show" aria-label={`No-show: ${row.reference}`}>No-show</button>{' '}
      {edit}
    </form>
  )
}

/** "Tuesday 9 March 2027": the day as staff say it; the zone's date, so no time zone shift. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
}
