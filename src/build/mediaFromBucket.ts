import fs from 'node:fs'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import { filenamesOf, mediaBucket } from '../config/mediaStorage'
import { s3ClientConfig, type S3Env } from '../config/s3Settings'

/** The newest `updatedAt` this process has brought down, per Payload and folder: later builds ask only for what changed since. */
const checkedUpTo = new WeakMap<Payload, Map<string, string>>()

/**
 * With media in a bucket (S3_BUCKET), the site builds still copy each image from `mediaDir`,
 * which then serves as this machine's cache of the bucket: before a build, every file of a
 * media document (original and sizes) missing there is downloaded. The first build of a process
 * checks every document, later ones only those changed since; an upload made on another app
 * server is fetched by whichever server builds next. Without a bucket: nothing to do.
 * Returns the number of files downloaded.
 */
export async function fetchMissingMedia(payload: Payload, mediaDir: string, env: S3Env): Promise<number> {
  const bucket = mediaBucket(env)
  if (!bucket) return 0
  const checked = checkedUpTo.get(payload) ?? new Map<string, string>()
  checkedUpTo.set(payload, checked)
  const since = checked.get(mediaDir)
  const { docs } = await payload.find({
    collection: 'media',
    where: since ? { updatedAt: { greater_than_equal: since } } : {},
    select: { filename: true, sizes: true, updatedAt: true },
    depth: 0,
    pagination: false,
  })
  // Payload stores plain names; anything else would be written outside the cache.
  const names = docs.flatMap(filenamesOf).filter((name) => path.basename(name) === name && !name.startsWith('.'))
  const missing = [...new Set(names)].filter((name) => !fs.existsSync(path.join(mediaDir, name)))
  if (missing.length) {
    const client = new S3Client(s3ClientConfig(env))
    try {
      fs.mkdirSync(mediaDir, { recursive: true })
      for (let start = 0; start < missing.length; start += 4) {
        await Promise.all(missing.slice(start, start + 4).map((name) => download(client, bucket, name, mediaDir)))
      }
    } finally {
      client.destroy()
    }
  }
  const newest = docs.reduce<string | undefined>((max, doc) => (doc.updatedAt && (!max || doc.updatedAt > max) ? doc.updatedAt : max), since)
  if (newest) checked.set(mediaDir, newest)
  return missing.length
}

async function download(client: S3Client, bucket: string, name: string, mediaDir: string): Promise<void> {
  let bytes: Uint8Array
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: name }))
    bytes = await object.Body!.transformToByteArray()
  } catch (error) {
    throw new Error(`Media file ${name} could not be read from the bucket ${bucket} (S3_BUCKET): ${(error as Error).message}`, { cause: error })
  }
  // Written beside its place and renamed: a build never copies half a file into a site.
  const file = path.join(mediaDir, name)
  const temp = path.join(mediaDir, `.${name}.${process.pid}.download`)
  fs.writeFileSync(temp, bytes)
  fs.renameSync(temp, file)
}
