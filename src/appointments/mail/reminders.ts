import { createLocalReq, type Payload, type TaskConfig } from 'payload'

import type { PublicUrlEnv } from '../../citizen/publicUrls'
import { historyEntry } from '../history'
import { isSqlite, writeAlone } from '../writeTurns'
import { addDays, localDateOf, localTimeOf } from '../zonedTime'
import { queueForRetry } from './queueAppointmentMail'
import { sendBookingMail } from './sendBookingMail'

export const REMIND_TOMORROW = 'remindAppointmentsTomorrow'

const HOUR_MS = 60 * 60 * 1000
// "Tomorrow" somewhere on Earth (UTC-12 to UTC+14) never starts more than 50 hours from now.
const LOOK_AHEAD_MS = 50 * HOUR_MS

/** Reminders wait for the morning of the day before, in the mission's zone, not its midnight. */
export const REMIND_FROM_LOCAL_TIME = '08:00'

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id)

/** Booked, not yet reminded, on tomorrow's date in its own mission's zone, where the morning has come. */
async function dueReminders(payload: Payload, now: Date): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'bookings', depth: 0, pagination: false,
    where: { and: [
      { status: { equals: 'booked' } },
      { reminderSentAt: { exists: false } },
      { slotStart: { greater_than: now.toISOString() } },
      { slotStart: { less_than: new Date(now.getTime() + LOOK_AHEAD_MS).toISOString() } },
    ] },
    select: { slotStart: true, mission: true },
  })
  if (docs.length === 0) return []
  const missionIds = [...new Set(docs.map((d) => idOf(d.mission)))]
  const missions = await payload.find({ collection: 'missions', depth: 0, pagination: false, where: { id: { in: missionIds } }, select: { timeZone: true } })
  const zones = new Map(missions.docs.map((m) => [m.id, m.timeZone]))
  return docs
    .filter((d) => {
      const zone = zones.get(idOf(d.mission))
      if (!zone || localTimeOf(now, zone) < REMIND_FROM_LOCAL_TIME) return false
      return localDateOf(d.slotStart, zone) === addDays(localDateOf(now, zone), 1)
    })
    .map((d) => d.id)
}

/**
 * Marks the reminder as sent before sending it, only if nobody has yet: two servers, or a run
 * overlapping the last, remind once. A reminder whose sending then fails goes to the queue.
 */
async function claimReminder(payload: Payload, id: string, now: Date): Promise<boolean> {
  const entry = historyEntry('reminded', 'system', now)
  const stamp = { reminderSentAt: now.toISOString(), updatedAt: now.toISOString() }
  return writeAlone(payload, async (req) => {
    const sqlite = isSqlite(payload)
    const claimed = await payload.db.updateOne({
      collection: 'bookings', req, select: { id: true },
      where: { and: [{ id: { equals: id } }, { status: { equals: 'booked' } }, { reminderSentAt: { exists: false } }] },
      data: sqlite ? stamp : { ...stamp, history: { $push: entry } },
    })
    if (!claimed) return false
    // SQLite's atomic conditional update cannot touch the history rows; the same transaction adds the line.
    if (sqlite) await payload.db.updateOne({ collection: 'bookings', id, req, data: { history: { $push: entry } }, returning: false })
    return true
  })
}

/** The day-before reminders: each booking tomorrow in its mission's zone, reminded once, with its manage link. */
export async function remindTomorrow(payload: Payload, now = new Date(), env: PublicUrlEnv = process.env): Promise<{ sent: number }> {
  let sent = 0
  for (const id of await dueReminders(payload, now)) {
    if (!(await claimReminder(payload, id, now))) continue
    const input = { kind: 'reminder' as const, booking: id }
    try {
      if ((await sendBookingMail(payload, input, env, { now })) === 'sent') sent += 1
    } catch {
      await queueForRetry(payload, input).catch((error: unknown) =>
        payload.logger.error({ err: error, msg: `Could not send or queue the reminder of booking ${id}` }))
    }
  }
  return { sent }
}

/** Run by the jobs queue; queued every hour by the server (queueRemindersHourly). */
export const remindTomorrowTask = (env: () => PublicUrlEnv): TaskConfig<{ input: Record<string, never>; output: { sent: number } }> => ({
  slug: REMIND_TOMORROW,
  label: 'Remind tomorrow’s appointments',
  inputSchema: [],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    const result = await remindTomorrow(req.payload, new Date(), env())
    if (result.sent) req.payload.logger.info(`Appointments: ${result.sent} reminder(s) sent for tomorrow.`)
    return { output: result }
  },
})

/**
 * Queues the reminder run now and then every hour: each mission's "day before" begins at its own
 * midnight. Not Payload's task `schedule`, for the reason given at queueRetentionDaily (its
 * scheduler's writes outside any transaction lock SQLite against editors' saves).
 */
export function queueRemindersHourly(payload: Payload): NodeJS.Timeout {
  const queue = async () => {
    const req = await createLocalReq({}, payload)
    const id = (await payload.db.beginTransaction()) ?? undefined
    req.transactionID = id
    try {
      await (payload.jobs.queue as unknown as (args: { task: string; input: object; req: unknown }) => Promise<unknown>)({ task: REMIND_TOMORROW, input: {}, req })
      if (id !== undefined) await payload.db.commitTransaction(id)
    } catch (error) {
      if (id !== undefined) await payload.db.rollbackTransaction(id).catch(() => undefined)
      payload.logger.error({ err: error, msg: 'Could not queue the appointment reminders' })
    }
  }
  const first = setTimeout(() => void queue(), 90_000)
  first.unref()
  const hourly = setInterval(() => void queue(), HOUR_MS)
  hourly.unref()
  return hourly
}
