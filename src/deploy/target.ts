import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where deploy:sites publishes: a folder on this machine, or a bucket and a key prefix in it. */
export type DeployTarget = { kind: 'folder'; dir: string } | { kind: 's3'; bucket: string; prefix: string }

const EXAMPLES = 'a folder (/srv/www/sites or file:///srv/www/sites) or a bucket (s3://bucket or s3://bucket/prefix)'

// S3's bucket naming rules (3–63 characters; lower-case letters, digits, dots and hyphens).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** Reads `--to`; a relative folder is taken from `cwd`. Every refusal says what is accepted. */
export function parseTarget(value: string | undefined, cwd: string = process.cwd()): DeployTarget {
  const to = value?.trim()
  if (!to) throw new Error(`--to is required: ${EXAMPLES}`)
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(to)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    // rsync's and scp's host:path, which this command does not speak.
    if (/^[^/]*:/.test(to)) throw new Error(`--to "${to}" looks like a remote host:path; deploy:sites writes ${EXAMPLES} (mount the remote folder, or deploy to a local folder and rsync it)`)
    return { kind: 'folder', dir: path.resolve(cwd, to) }
  }
  if (scheme === 'file') {
    let dir: string
    try {
      dir = fileURLToPath(to)
    } catch (error) {
      throw new Error(`--to "${to}" is not a local file URL (${(error as Error).message}): write file:///absolute/path`)
    }
    return { kind: 'folder', dir }
  }
  if (scheme === 's3') {
    const [bucket, ...rest] = to.slice('s3://'.length).split('/')
    if (!BUCKET.test(bucket)) {
      throw new Error(`--to "${to}": "${bucket}" is not a bucket name (3 to 63 lower-case letters, digits, dots or hyphens): write s3://bucket/prefix`)
    }
    const segments = rest.filter((s) => s !== '')
    if (segments.some((s) => s === '.' || s === '..')) throw new Error(`--to "${to}": the prefix may not contain "." or ".." segments`)
    return { kind: 's3', bucket, prefix: segments.length ? `${segments.join('/')}/` : '' }
  }
  throw new Error(`--to "${to}": ${scheme}:// is not a target deploy:sites knows; use ${EXAMPLES}`)
}

/** The target as the summary names it. */
export function describeTarget(target: DeployTarget): string {
  return target.kind === 'folder' ? target.dir : `s3://${target.bucket}/${target.prefix}`
}
