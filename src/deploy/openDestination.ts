import { mediaBucket } from '../config/mediaStorage'
import { s3ClientConfig, type S3Env } from '../config/s3Settings'
import type { Destination } from './destination'
import { folderDestination } from './folderDestination'
import { s3Destination } from './s3Destination'
import type { DeployTarget } from './target'

/**
 * The destination a target names. A bucket is reached with `DEPLOY_S3_*` when
 * `DEPLOY_S3_ENDPOINT` or `DEPLOY_S3_ACCESS_KEY_ID` is set (the sites on another store or
 * account than the media), else with the media's `S3_*` variables.
 */
export function openDestination(target: DeployTarget, env: S3Env, options: { sitesDir: string; force?: boolean; dryRun?: boolean }): Destination & { close: () => void } {
  if (target.kind === 'folder') return { ...folderDestination(target.dir, options), close: () => {} }
  const own = Boolean(env.DEPLOY_S3_ENDPOINT || env.DEPLOY_S3_ACCESS_KEY_ID)
  // The media are objects at the media bucket's root: a deploy there would delete every upload.
  if (!own && target.prefix === '' && target.bucket === mediaBucket(env)) {
    throw new Error(`--to s3://${target.bucket} is the media bucket (S3_BUCKET), whose uploads the deploy would delete: publish to another bucket, or below a prefix (s3://${target.bucket}/sites)`)
  }
  return s3Destination(target.bucket, target.prefix, s3ClientConfig(env, own ? 'DEPLOY_S3_' : 'S3_'))
}
