import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import type { Destination, PublishedFile } from './destination'
import { isHidden } from './publishable'

// S3 deletes at most this many keys in one request.
const DELETE_BATCH = 1000

/**
 * A bucket of an S3-compatible store, below `prefix` (empty, or ending in `/`). Files are
 * compared by size and ETag, which for an object uploaded in one part without KMS encryption is
 * the MD5 of its bytes: the bucket itself is the record of what was published, so a deploy from
 * another machine, or after objects were changed by hand, still uploads exactly what differs.
 */
export function s3Destination(bucket: string, prefix: string, config: S3ClientConfig): Destination & { close: () => void } {
  const client = new S3Client(config)
  const where = `s3://${bucket}/${prefix}`
  const failed = (doing: string, error: unknown): Error =>
    new Error(`${doing} ${where} failed: ${(error as Error).name === 'NoSuchBucket' ? 'the bucket does not exist' : (error as Error).message}`, { cause: error })

  return {
    concurrency: 8,
    close: () => client.destroy(),

    async list() {
      const files = new Map<string, PublishedFile>()
      let token: string | undefined
      do {
        let page
        try {
          page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }))
        } catch (error) {
          throw failed('Listing', error)
        }
        for (const object of page.Contents ?? []) {
          const sitePath = object.Key!.slice(prefix.length)
          if (!sitePath || isHidden(sitePath)) continue
          const etag = object.ETag?.replaceAll('"', '').toLowerCase() ?? ''
          // A multipart upload's ETag ("<hash>-<parts>") is not an MD5: such a file is uploaded again.
          const md5 = /^[0-9a-f]{32}$/.test(etag) ? etag : null
          files.set(sitePath, { size: object.Size ?? -1, md5: async () => md5 })
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return files
    },

    async put(sitePath, bytes, headers, md5) {
      try {
        await client.send(new PutObjectCommand({
          Bucket: bucket,
          Key: `${prefix}${sitePath}`,
          Body: bytes,
          ContentType: headers.contentType,
          CacheControl: headers.cacheControl,
          // The store checks the bytes it received against it, and refuses a damaged upload.
          ContentMD5: Buffer.from(md5, 'hex').toString('base64'),
        }))
      } catch (error) {
        throw failed(`Uploading ${sitePath} to`, error)
      }
    },

    async remove(sitePaths) {
      for (let start = 0; start < sitePaths.length; start += DELETE_BATCH) {
        const batch = sitePaths.slice(start, start + DELETE_BATCH)
        let answer
        try {
          answer = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((p) => ({ Key: `${prefix}${p}` })), Quiet: true } }))
        } catch (error) {
          throw failed('Deleting from', error)
        }
        if (answer.Errors?.length) {
          throw new Error(`Deleting from ${where} failed for ${answer.Errors.length} file(s), e.g. ${answer.Errors[0].Key}: ${answer.Errors[0].Message ?? answer.Errors[0].Code}`)
        }
      }
    },
  }
}
