import type { MailText } from './citizenMail'

/** What a review mail says: staff read the admin in English, so the mail is in English too. */
export type ReviewMailFacts = {
  event: 'submitted' | 'returned' | 'approved'
  /** "Press release", "Mission page"… */
  kind: string
  title: string
  /** The mission the document belongs to, or the ministry. */
  owner: string
  /** Who took the step. */
  actor: string
  comment: string | null
  /** The document in the admin. */
  adminUrl: string
  /** The review queue in the admin. */
  queueUrl: string
}

export function reviewMail(facts: ReviewMailFacts): MailText {
  const what = `${facts.kind} “${facts.title}” (${facts.owner})`
  switch (facts.event) {
    case 'submitted':
      return {
        subject: `For review: ${facts.title} — ${facts.owner}`,
        text:
          `${facts.actor} submitted the ${what} for review.\n\n` +
          `Open it, preview it in its site's template, then publish it or return it with a comment:\n${facts.adminUrl}\n\n` +
          `Everything waiting for review:\n${facts.queueUrl}\n`,
      }
    case 'returned':
      return {
        subject: `Returned: ${facts.title} — ${facts.owner}`,
        text:
          `${facts.actor} returned the ${what} with this comment:\n\n${facts.comment ?? ''}\n\n` +
          `Make the changes, choose "Submitted for review" and save the draft again:\n${facts.adminUrl}\n`,
      }
    case 'approved':
      return {
        subject: `Published: ${facts.title} — ${facts.owner}`,
        text: `${facts.actor} approved and published the ${what}.\n\n${facts.adminUrl}\n`,
      }
  }
}
