/**
 * /admin/appointments: the day's list per office, with check-in, and the waiting-time figures,
 * for the staff who handle appointments. What may be seen comes from the signed-in user on the
 * server (mission editors: their missions; ministry users: all), never from the address.
 */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import {
  assertStaff, chooseDay, DayListError, loadDayList, loadStaffMissions, serviceTitles as serviceTitlesOf, type DayChoice, type DayListRow, type StaffMission,
} from '../appointments/dayList'
import { appointmentFigures, type ServiceAppointmentFigures } from '../appointments/figures'
import { readBookingFacts } from '../appointments/loadFigures'
import { loadSchedules } from '../appointments/schedules'
import { addDays } from '../appointments/zonedTime'
import { AdminFrame, requireSignIn } from './AdminFrame'
import { AppointmentsDayList, isCheckInOutcome } from './AppointmentsDayList'
import { AppointmentsFigures } from './AppointmentsFigures'
import { MissionFilter } from './MissionFilter'
import './auditDashboard.css'
import './appointments.css'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined

export async function AppointmentsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { routes } = req.payload.config
  const adminRoute = routes.admin.replace(/\/$/, '')
  const viewPath = `${adminRoute}/appointments`
  requireSignIn(req, '/appointments')

  const query = searchParams as Record<string, string | string[] | undefined> | undefined
  const now = new Date()
  let missions: StaffMission[] = []
  let choice: DayChoice | null = null
  let rows: DayListRow[] = []
  let figures: ServiceAppointmentFigures[] = []
  let serviceTitles = new Map<string, string>()
  let refusal: string | null = null
  try {
    assertStaff(req.user)
    const user = req.user
    missions = await loadStaffMissions(req.payload, user)
    const schedules = (await loadSchedules(req.payload)).filter((s) => missions.some((m) => m.id === s.missionId))
    choice = chooseDay({
      missions, mission: one(query?.mission), office: one(query?.office), date: one(query?.date), now,
      bookableOffices: new Set(schedules.map((s) => s.officeId)),
    })
    const missionIds = choice ? [choice.mission.id] : missions.map((m) => m.id)
    const [dayRows, bookings] = await Promise.all([
      choice ? loadDayList(req.payload, user, choice, now) : Promise.resolve([]),
      readBookingFacts(req.payload, { now, reader: { user }, missionIds }),
    ])
    rows = dayRows
    figures = appointmentFigures({ schedules: schedules.filter((s) => missionIds.includes(s.missionId)), bookings }, now)
    serviceTitles = await serviceTitlesOf(req.payload, user, figures.map((f) => f.serviceId))
  } catch (error) {
    if (!(error instanceof DayListError)) throw error
    refusal = error.message
  }

  const checkin = one(query?.checkin)
  const bookingId = one(query?.booking)
  const notice = isCheckInOutcome(checkin) && bookingId ? { outcome: checkin, bookingId } : null
  const dayAddress = (c: DayChoice, date = c.date) => `${viewPath}?${new URLSearchParams({ mission: c.mission.slug, office: c.office.id, date })}`

  return (
    <AdminFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <main className="audit-dashboard appointments" aria-labelledby="appointments-title">
        <h1 id="appointments-title">Appointments</h1>
        <div className="appointments__no-print">
          <MissionFilter id="appointments-mission" choices={missions.map((m) => ({ slug: m.slug, name: m.name }))} selected={choice?.mission.slug ?? one(query?.mission)} />
          {choice && <DayPicker choice={choice} />}
          {choice && (
            <p className="appointments__days">
              <a href={dayAddress(choice, addDays(choice.date, -1))} rel="prev">Previous day</a>{' · '}
              <a href={dayAddress(choice, addDays(choice.date, 1))} rel="next">Next day</a>{' · '}
              <span>To print the list, use the browser’s Print: the admin’s menus and buttons are left out.</span>
            </p>
          )}
        </div>
        {refusal !== null ? (
          <p role="alert" className="audit-dashboard__error">{refusal}</p>
        ) : (
          <>
            {choice ? (
              <AppointmentsDayList
                choice={choice} rows={rows} returnTo={dayAddress(choice)} apiRoute={routes.api.replace(/\/$/, '')} adminRoute={adminRoute} notice={notice}
              />
            ) : (
              <p className="appointments__no-print">Choose a mission to see the day’s list of one of its offices.</p>
            )}
            <div className="appointments__no-print">
              <AppointmentsFigures rows={figures} missionNames={new Map(missions.map((m) => [m.id, m.name]))} serviceTitles={serviceTitles} />
            </div>
          </>
        )}
      </main>
    </AdminFrame>
  )
}

/** Office and date of the chosen mission: a plain GET form, so it works before the page hydrates. */
function DayPicker({ choice }: { choice: DayChoice }) {
  return (
    <form method="get" className="audit-dashboard__filter" id="appointments-day-form">
      <input type="hidden" name="mission" value={choice.mission.slug} />
      <label htmlFor="appointments-office">Office</label>{' '}
      <select id="appointments-office" name="office" defaultValue={choice.office.id}>
        {choice.mission.offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>{' '}
      <label htmlFor="appointments-date">Date</label>{' '}
      <input id="appointments-date" type="date" name="date" defaultValue={choice.date} required />{' '}
      <button type="submit">Show</button>
    </form>
  )
}
