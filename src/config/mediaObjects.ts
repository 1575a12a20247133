import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

/** One uploaded file as it goes to the bucket: its name (the object's key), bytes and type. */
export type MediaObject = { filename: string; bytes: Buffer; mimeType: string }

/** The bucket of the media, as the collection's hooks and file route use it. */
export type MediaObjects = {
  bucket: string
  put: (files: MediaObject[]) => Promise<void>
  remove: (filenames: string[]) => Promise<void>
  /** Answers GET /api/media/file/<name>: the object's bytes (a range of them), or 304, 404, 416. */
  serve: (filename: string, request: Headers) => Promise<Response>
}

/**
 * Media files are objects named by their filename at the bucket's root: Payload keeps
 * filenames unique in the collection (it adds -1, -2 … to a name in use), and a size's file is
 * named after the original with the size's dimensions.
 */
export function mediaObjects(bucket: string, config: S3ClientConfig): MediaObjects {
  const client = new S3Client(config)
  const where = (name: string) => `s3://${bucket}/${name}`

  return {
    bucket,

    async put(files) {
      await Promise.all(files.map(async (file) => {
        try {
          await client.send(new PutObjectCommand({ Bucket: bucket, Key: file.filename, Body: file.bytes, ContentType: file.mimeType, ContentLength: file.bytes.length }))
        } catch (error) {
          throw new Error(`Storing ${where(file.filename)} failed (S3_BUCKET, S3_ENDPOINT): ${(error as Error).message}`, { cause: error })
        }
      }))
    },

    async remove(filenames) {
      if (!filenames.length) return
      const answer = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: filenames.map((Key) => ({ Key })), Quiet: true } }))
      if (answer.Errors?.length) throw new Error(`Deleting ${where(answer.Errors[0].Key ?? '')} failed: ${answer.Errors[0].Message ?? answer.Errors[0].Code}`)
    },

    async serve(filename, request) {
      // Payload names files without folders or leading dots; a key like "../x" is nobody's file.
      if (!filename || /[/\\]/.test(filename) || filename.startsWith('.')) return new Response('Not found', { status: 404 })
      try {
        const object = await client.send(new GetObjectCommand({
          Bucket: bucket,
          Key: filename,
          Range: request.get('range') ?? undefined,
          IfNoneMatch: request.get('if-none-match') ?? undefined,
        }))
        const headers = new Headers({ 'accept-ranges': 'bytes' })
        if (object.ContentType) headers.set('content-type', object.ContentType)
        if (object.ContentLength !== undefined) headers.set('content-length', String(object.ContentLength))
        if (object.ContentRange) headers.set('content-range', object.ContentRange)
        if (object.ETag) headers.set('etag', object.ETag)
        if (object.LastModified) headers.set('last-modified', object.LastModified.toUTCString())
        return new Response(object.Body!.transformToWebStream(), { status: object.ContentRange ? 206 : 200, headers })
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
        if (status === 304) return new Response(null, { status: 304, headers: { etag: request.get('if-none-match')! } })
        if (status === 404) return new Response('Not found', { status: 404 })
        if (status === 416) return new Response('Range not satisfiable', { status: 416 })
        throw new Error(`Reading ${where(filename)} failed: ${(error as Error).message}`, { cause: error })
      }
    },
  }
}
