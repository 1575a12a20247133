import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '../../access/roles'
import { cmsPublicUrl, type PublicUrlEnv } from '../../citizen/publicUrls'
import { reviewMail } from '../../../templates/mail/reviewMail'
import { REVIEW_QUEUE_PATH } from '../reviewQueue'
import { SEND_REVIEW_MAIL, type ReviewMailInput } from './reviewMailJob'

type Output = { sent: number }
type Person = { id: string; name?: string | null; email: string }

/** Reviewers: every ministry editor and administrator, except whoever took the step. */
async function reviewers(req: PayloadRequest, except: string): Promise<Person[]> {
  const found = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { in: ['ministry-editor', 'ministry-admin'] } }, { id: { not_equals: except } }] },
    depth: 0, pagination: false, overrideAccess: true, req,
  })
  return found.docs as unknown as Person[]
}

async function person(req: PayloadRequest, id: string | null): Promise<Person | null> {
  if (!id) return null
  return (await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as unknown as Person | null
}

async function ownerName(req: PayloadRequest, doc: Record<string, unknown>): Promise<string> {
  const missions = ([] as unknown[]).concat(doc.mission ?? doc.missions ?? []).map(idOf).filter((id): id is string => Boolean(id))
  if (missions.length === 0) return 'the ministry'
  const mission = await req.payload.findByID({ collection: 'missions', id: missions[0]!, depth: 0, overrideAccess: true, disableErrors: true, req, select: { name: true } as never })
  const name = String((mission as { name?: unknown } | null)?.name ?? 'a mission')
  return missions.length > 1 ? `${name} and ${missions.length - 1} other mission(s)` : name
}

/**
 * Tells the people a review step concerns: the reviewers of a submission, the submitter of a
 * return or an approval. Reads the document when it runs, so the mail shows what was saved.
 */
export const reviewMailTask = (env: () => PublicUrlEnv): TaskConfig<{ input: ReviewMailInput; output: Output }> => ({
  slug: SEND_REVIEW_MAIL,
  label: 'Send a review e-mail',
  inputSchema: [
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'by', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const collection = req.payload.collections[input.collection as CollectionSlug]?.config
    if (!collection) return { output: { sent: 0 } }
    const doc = (await req.payload.findByID({ collection: collection.slug, id: input.id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
    if (!doc) return { output: { sent: 0 } }
    const actor = await person(req, input.by)
    const recipients = input.event === 'submitted'
      ? await reviewers(req, input.by)
      : [await person(req, idOf(doc.submittedBy))].filter((p): p is Person => p !== null && p.id !== input.by)
    if (recipients.length === 0) return { output: { sent: 0 } }
    const base = cmsPublicUrl(env())
    const labels = collection.labels as { singular?: unknown } | undefined
    const mail = reviewMail({
      event: input.event,
      kind: typeof labels?.singular === 'string' ? labels.singular : collection.slug,
      title: String(doc[collection.admin?.useAsTitle ?? 'id'] ?? input.id),
      owner: await ownerName(req, doc),
      actor: actor?.name || actor?.email || 'Someone',
      comment: typeof doc.reviewComment === 'string' ? doc.reviewComment : null,
      adminUrl: `${base}/admin/collections/${encodeURIComponent(collection.slug)}/${encodeURIComponent(input.id)}`,
      queueUrl: `${base}/admin${REVIEW_QUEUE_PATH}`,
    })
    for (const to of recipients) {
      await req.payload.sendEmail({ to: to.name ? { name: to.name, address: to.email } : to.email, subject: mail.subject, text: mail.text })
    }
    return { output: { sent: recipients.length } }
  },
})
