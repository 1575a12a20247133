import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardApi } from '../../../../security/apiGuard'

// Every request passes the API guard first: origin, body size and shape, depth and page size by caller.
export const GET = guardApi(config, 'rest', REST_GET(config))
export const POST = guardApi(config, 'rest', REST_POST(config))
export const DELETE = guardApi(config, 'rest', REST_DELETE(config))
export const PATCH = guardApi(config, 'rest', REST_PATCH(config))
export const PUT = guardApi(config, 'rest', REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
