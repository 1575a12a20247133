import { describe, expect, it } from 'vitest'

import { openDestination } from './openDestination'

describe('openDestination', () => {
  const env = { S3_BUCKET: 'chancery-media', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }

  it('refuses the media bucket’s root, whose uploads the deploy would delete', () => {
    expect(() => openDestination({ kind: 's3', bucket: 'chancery-media', prefix: '' }, env, { sitesDir: '/srv/sites' }))
      .toThrow(/s3:\/\/chancery-media is the media bucket \(S3_BUCKET\), whose uploads the deploy would delete/)
  })

  it('accepts the media bucket below a prefix, and any other bucket', () => {
    expect(() => openDestination({ kind: 's3', bucket: 'chancery-media', prefix: 'sites/' }, env, { sitesDir: '/srv/sites' }).close()).not.toThrow()
    expect(() => openDestination({ kind: 's3', bucket: 'chancery-sites', prefix: '' }, env, { sitesDir: '/srv/sites' }).close()).not.toThrow()
  })

  it('names the bad variable of the store it would use', () => {
    expect(() => openDestination({ kind: 's3', bucket: 'chancery-sites', prefix: '' }, { DEPLOY_S3_ACCESS_KEY_ID: 'only' }, { sitesDir: '/srv/sites' }))
      .toThrow(/DEPLOY_S3_SECRET_ACCESS_KEY is not set/)
  })
})
