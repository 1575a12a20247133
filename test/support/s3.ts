import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { s3ClientConfig } from '../../src/config/s3Settings'

export type LocalS3 = {
  /** The variables that point Chancery at this store (S3_* for the media, and deploy:sites). */
  env: Record<string, string>
  client: S3Client
  /** Every key of a bucket with its bytes. */
  objects: (bucket: string) => Promise<Map<string, Buffer>>
  keys: (bucket: string) => Promise<string[]>
  stop: () => Promise<void>
}

// s3rver checks signatures against its one built-in key pair.
const KEY = 'S3RVER'

/**
 * A real S3-compatible server (s3rver: the S3 REST API over HTTP, objects kept in a temporary
 * folder) on a loopback port, with the given buckets made. The same HTTP, signatures and XML a
 * store in production answers, on this machine.
 */
export async function startLocalS3(buckets: string[]): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name, configs: [] })) })
  const { port } = (await server.run()) as { port: number }
  const env = {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: KEY,
    S3_SECRET_ACCESS_KEY: KEY,
    S3_FORCE_PATH_STYLE: 'true',
  }
  const client = new S3Client(s3ClientConfig(env))
  const keys = async (bucket: string) => {
    const found: string[] = []
    let token: string | undefined
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
      found.push(...(page.Contents ?? []).map((o) => o.Key!))
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    return found.sort()
  }
  const { GetObjectCommand } = await import('@aws-sdk/client-s3')
  const objects = async (bucket: string) => {
    const found = new Map<string, Buffer>()
    for (const key of await keys(bucket)) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      found.set(key, Buffer.from(await object.Body!.transformToByteArray()))
    }
    return found
  }
  return {
    env,
    client,
    keys,
    objects,
    stop: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
