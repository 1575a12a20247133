import type { ReviewEvent } from '../reviewTransition'

/** The review mail job's name and input, apart from its handler, so the collection hooks stay light. */
export const SEND_REVIEW_MAIL = 'sendReviewMail'

/** Which step of which document, taken by whom: the job reads the rest when it runs. */
export type ReviewMailInput = { event: ReviewEvent; collection: string; id: string; by: string }
