import fs from 'node:fs'

import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { s3ClientConfig } from '../../src/config/s3Settings'
import { deploySites } from '../../src/deploy/deploySites'
import { openDestination } from '../../src/deploy/openDestination'
import { s3Destination } from '../../src/deploy/s3Destination'
import { parseTarget } from '../../src/deploy/target'
import { startLocalS3, type LocalS3 } from '../support/s3'
import { runDeployScenario, sitesWithHiddenFiles } from './deployScenario'

let s3: LocalS3
const fixtures: string[] = []
beforeAll(async () => {
  s3 = await startLocalS3(['sites', 'other-sites'])
})
afterAll(async () => {
  await s3?.stop()
  fixtures.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }))
})

const sites = () => {
  const fx = sitesWithHiddenFiles()
  fixtures.push(fx.root)
  return fx
}

/** The bucket's objects below a prefix, as the sites' paths. */
const below = async (bucket: string, prefix: string) =>
  new Map([...(await s3.objects(bucket))].filter(([key]) => key.startsWith(prefix)).map(([key, bytes]) => [key.slice(prefix.length), bytes]))

describe('deploy:sites to an S3-compatible bucket (s3rver on loopback)', () => {
  it('publishes only what changed, deletes removed pages after the uploads, and a second run uploads nothing', async () => {
    const fx = sites()
    await runDeployScenario(fx, () => s3Destination('sites', 'live/', s3ClientConfig(s3.env)), () => below('sites', 'live/'))
    expect((await s3.keys('sites')).every((key) => key.startsWith('live/'))).toBe(true)
  })

  it('stores each file with the Content-Type and Cache-Control deploy/nginx sends', async () => {
    const fx = sites()
    await deploySites({ sitesDir: fx.out, destination: openDestination(parseTarget('s3://other-sites/headers'), s3.env, { sitesDir: fx.out }) })
    const head = (p: string) => s3.client.send(new HeadObjectCommand({ Bucket: 'other-sites', Key: `headers/${p}` }))
    const seen = async (p: string) => {
      const answer = await head(p)
      return [answer.ContentType, answer.CacheControl]
    }
    expect(await seen('madrid/es/index.html')).toEqual(['text/html; charset=utf-8', 'public, max-age=300'])
    expect(await seen('madrid/es/feed.xml')).toEqual(['application/rss+xml; charset=utf-8', 'public, max-age=300'])
    expect(await seen('madrid/es/feed.json')).toEqual(['application/feed+json; charset=utf-8', 'public, max-age=300'])
    expect(await seen('madrid/assets/media/hero.avif')).toEqual(['image/avif', 'public, max-age=3600'])
    expect(await seen('feeds.opml')).toEqual(['text/x-opml; charset=utf-8', 'public, max-age=300'])
  })

  it('uploads again an object changed in the bucket by someone else, and leaves dot-files there alone', async () => {
    const fx = sites()
    const destination = () => s3Destination('other-sites', 'hand/', s3ClientConfig(s3.env))
    await deploySites({ sitesDir: fx.out, destination: destination() })
    await s3.client.send(new PutObjectCommand({ Bucket: 'other-sites', Key: 'hand/madrid/es/index.html', Body: 'edited by hand' }))
    await s3.client.send(new PutObjectCommand({ Bucket: 'other-sites', Key: 'hand/.well-known/security.txt', Body: 'Contact: x' }))
    const again = await deploySites({ sitesDir: fx.out, destination: destination() })
    expect([again.uploadedPaths, again.deletedPaths]).toEqual([['madrid/es/index.html'], []])
    expect((await s3.keys('other-sites')).includes('hand/.well-known/security.txt')).toBe(true)
  })

  it('names the bucket and the cause when the bucket does not exist', async () => {
    const fx = sites()
    await expect(deploySites({ sitesDir: fx.out, destination: s3Destination('no-such-bucket', '', s3ClientConfig(s3.env)) }))
      .rejects.toThrow(/Listing s3:\/\/no-such-bucket\/ failed: the bucket does not exist/)
  })
})
