/**
 * Where a reviewed document stands on its way to publication, and who may move it. Pure: the
 * hooks bring the facts (who saves, whether their mission is trusted, what the document was).
 */
export const REVIEW_STATES = ['editing', 'submitted', 'returned', 'approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_OPTIONS: { label: string; value: ReviewState }[] = [
  { label: 'Being edited', value: 'editing' },
  { label: 'Submitted for review', value: 'submitted' },
  { label: 'Returned with a comment', value: 'returned' },
  { label: 'Approved and published', value: 'approved' },
]

/** Whom a transition tells: the reviewers of a new submission, the submitter of a decision. */
export type ReviewEvent = 'submitted' | 'returned' | 'approved'

/** What a saved change meant, read from the states before and after (the mail hook's question). */
export function reviewEventOf(before: unknown, after: unknown): ReviewEvent | null {
  if (after === before) return null
  if (after === 'submitted' || after === 'returned') return after
  if (after === 'approved' && (before === 'submitted' || before === 'returned')) return 'approved'
  return null
}

export type ReviewFacts = {
  /** Ministry users review; mission editors submit (or publish, in a trusted mission). */
  actor: 'ministry' | 'mission'
  /** The document's mission lets its editors publish directly. */
  trusted: boolean
  /** Before the save; null on create. */
  previous: { state: ReviewState | null } | null
  /** The state the save asks for (absent: unchanged). */
  requested: ReviewState | undefined
  /** The save publishes the document (`_status: 'published'`). */
  publishing: boolean
  /** The reviewer's comment as it will be saved. */
  comment: string
}

export type ReviewOutcome =
  | { ok: true; state: ReviewState; stampSubmitted: boolean; stampDecided: boolean }
  | { ok: false; field: 'reviewState' | 'reviewComment' | '_status'; message: string }

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value)
}

export function reviewTransition(facts: ReviewFacts): ReviewOutcome {
  const before = facts.previous?.state ?? 'editing'
  const asked = facts.requested ?? before

  if (facts.publishing) {
    if (facts.actor === 'mission' && !facts.trusted) {
      return { ok: false, field: '_status', message: 'Mission editors cannot publish: submit the draft for review and a ministry editor publishes it.' }
    }
    // A publish is the approval; a trusted mission's editor approves their own work.
    return { ok: true, state: 'approved', stampSubmitted: false, stampDecided: true }
  }
  switch (asked) {
    case 'approved':
      if (before === 'approved') return { ok: true, state: 'editing', stampSubmitted: false, stampDecided: false }
      return { ok: false, field: 'reviewState', message: 'A draft is approved by publishing it: use the Publish button instead of choosing "Approved".' }
    case 'returned':
      if (before === 'returned') return { ok: true, state: 'returned', stampSubmitted: false, stampDecided: false }
      if (facts.actor !== 'ministry') {
        return { ok: false, field: 'reviewState', message: 'Only a ministry editor returns a draft; to ask for publication choose "Submitted for review".' }
      }
      if (before !== 'submitted') {
        return { ok: false, field: 'reviewState', message: 'Only a draft submitted for review can be returned.' }
      }
      if (!facts.comment.trim()) {
        return { ok: false, field: 'reviewComment', message: 'Say what to change: a returned draft needs a comment for its editor.' }
      }
      return { ok: true, state: 'returned', stampSubmitted: false, stampDecided: true }
    case 'submitted':
      if (before === 'submitted') return { ok: true, state: 'submitted', stampSubmitted: false, stampDecided: false }
      return { ok: true, state: 'submitted', stampSubmitted: true, stampDecided: false }
    case 'editing':
      return { ok: true, state: 'editing', stampSubmitted: false, stampDecided: false }
  }
}
