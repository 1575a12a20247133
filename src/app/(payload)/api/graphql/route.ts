import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApi } from '../../../../security/apiGuard'

// The document's depth and cost are bounded by a validation rule (src/security/graphqlBounds.ts).
export const POST = guardApi(config, 'graphql', GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
