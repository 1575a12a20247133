import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** The variables an S3-compatible store is reached by; `prefix` lets deploy:sites have its own. */
export type S3Env = Record<string, string | undefined>

/** Region when none is set: what most S3-compatible stores (MinIO, Ceph, Garage) accept. */
export const DEFAULT_S3_REGION = 'us-east-1'

/**
 * An S3 client's settings from `<prefix>ENDPOINT`, `REGION`, `ACCESS_KEY_ID`,
 * `SECRET_ACCESS_KEY` and `FORCE_PATH_STYLE`. Without keys the SDK's own chain is used (an
 * instance role, `AWS_*` variables). Each bad value is refused with its variable's name.
 */
export function s3ClientConfig(env: S3Env, prefix = 'S3_'): S3ClientConfig {
  const name = (key: string) => `${prefix}${key}`
  const value = (key: string) => env[name(key)]?.trim() || undefined

  const endpoint = value('ENDPOINT')
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new Error(`${name('ENDPOINT')} must be the store's http:// or https:// address (e.g. https://s3.eu-west-1.amazonaws.com), got "${endpoint}"`)
  }
  const accessKeyId = value('ACCESS_KEY_ID')
  const secretAccessKey = value('SECRET_ACCESS_KEY')
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    const missing = accessKeyId === undefined ? name('ACCESS_KEY_ID') : name('SECRET_ACCESS_KEY')
    throw new Error(`${missing} is not set: set both ${name('ACCESS_KEY_ID')} and ${name('SECRET_ACCESS_KEY')}, or neither to use the SDK's credential chain (instance role, AWS_* variables)`)
  }
  const pathStyle = value('FORCE_PATH_STYLE')
  if (pathStyle !== undefined && !['true', 'false', '1', '0'].includes(pathStyle)) {
    throw new Error(`${name('FORCE_PATH_STYLE')} must be true or false, got "${pathStyle}"`)
  }
  return {
    region: value('REGION') ?? DEFAULT_S3_REGION,
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
    // The SDK's default since 3.729 adds CRC32 checksums to every upload, sent as trailers of
    // an aws-chunked body, which many S3-compatible stores refuse or store garbled; checksums
    // then go only where the API requires one (batch delete); deploy:sites sends Content-MD5 with each upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}
