import { describe, expect, it } from 'vitest'

import { s3ClientConfig } from './s3Settings'

describe('s3ClientConfig', () => {
  it('reads a self-hosted store: endpoint, keys, path-style addressing, the default region', () => {
    const config = s3ClientConfig({ S3_ENDPOINT: 'http://10.0.0.5:9000', S3_ACCESS_KEY_ID: 'chancery', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: 'true' })
    expect(config).toMatchObject({ endpoint: 'http://10.0.0.5:9000', region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'chancery', secretAccessKey: 'secret' } })
    // Checksums only where S3 requires them: many compatible stores refuse the SDK's trailers.
    expect([config.requestChecksumCalculation, config.responseChecksumValidation]).toEqual(['WHEN_REQUIRED', 'WHEN_REQUIRED'])
  })

  it('leaves endpoint and keys to the SDK when unset (AWS, an instance role)', () => {
    const config = s3ClientConfig({ S3_REGION: 'eu-west-1' })
    expect(config).toMatchObject({ region: 'eu-west-1', forcePathStyle: false })
    expect(config).not.toHaveProperty('endpoint')
    expect(config).not.toHaveProperty('credentials')
  })

  it('reads the variables of another prefix, ignoring the default ones', () => {
    const config = s3ClientConfig({ S3_ENDPOINT: 'https://media.example.org', DEPLOY_S3_ENDPOINT: 'https://cdn.example.org', DEPLOY_S3_REGION: 'auto' }, 'DEPLOY_S3_')
    expect(config).toMatchObject({ endpoint: 'https://cdn.example.org', region: 'auto' })
  })

  it('refuses each bad value, naming its variable and what it takes', () => {
    expect(() => s3ClientConfig({ S3_ENDPOINT: 's3.example.org' })).toThrow(/S3_ENDPOINT must be the store's http:\/\/ or https:\/\/ address .*got "s3\.example\.org"/)
    expect(() => s3ClientConfig({ S3_ACCESS_KEY_ID: 'only-the-id' })).toThrow(/S3_SECRET_ACCESS_KEY is not set: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither/)
    expect(() => s3ClientConfig({ DEPLOY_S3_SECRET_ACCESS_KEY: 'only-the-secret' }, 'DEPLOY_S3_')).toThrow(/DEPLOY_S3_ACCESS_KEY_ID is not set/)
    expect(() => s3ClientConfig({ S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE must be true or false, got "yes"/)
  })
})
