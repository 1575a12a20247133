/**
 * The charter's clock: "a first reply within N working days". Working days are Monday to
 * Friday in UTC; public holidays differ by host country and are not in the model, so they
 * count as working days. The day an enquiry arrives does not count (arriving at 17:59 must not
 * leave minutes to answer): the reply is in time until the end (24:00 UTC) of the N-th working
 * day after the day of arrival.
 */
const DAY_MS = 86_400_000

const isWeekend = (dayStartMs: number) => {
  const weekday = new Date(dayStartMs).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** The last instant a reply is in time, as the first instant it is not (exclusive). */
export function replyDeadline(receivedAt: Date, workingDays: number): Date {
  let day = Math.floor(receivedAt.getTime() / DAY_MS) * DAY_MS
  for (let counted = 0; counted < workingDays; ) {
    day += DAY_MS
    if (!isWeekend(day)) counted += 1
  }
  return new Date(day + DAY_MS)
}
