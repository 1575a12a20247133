import config from '@payload-config'
import { getPayload } from 'payload'

import { answerPreview } from '../../../../../preview/previewResponse'
import { SITES_MOUNT } from '../../../../../server/siteResponse'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ collection: string; id: string }> }

/**
 * /preview/<collection>/<id>?locale=…: a draft in its mission's site template, for the
 * signed-in staff who may read it (the admin's cookie, or an `Authorization: JWT …` header).
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { collection, id } = await params
  const url = new URL(request.url)
  // The host the officer typed (Next reports its own name for the listening address in request.url).
  const origin = `${url.protocol}//${request.headers.get('host') ?? url.host}`
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const answer = await answerPreview(payload, {
    user,
    collection,
    id,
    locale: url.searchParams.get('locale'),
    mission: url.searchParams.get('mission'),
    sitesUrl: process.env.SITES_PUBLIC_URL || `${origin}${SITES_MOUNT}/`,
  })
  return new Response(answer.body, { status: answer.status, headers: answer.headers })
}
