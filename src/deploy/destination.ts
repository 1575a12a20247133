import type { PublishHeaders } from './publishHeaders'

/** A file already at the destination: its size, and its bytes' MD5 (hex) when it can tell. */
export type PublishedFile = { size: number; md5: () => Promise<string | null> }

/**
 * Where deploy:sites publishes, as the engine sees it: what is there, put one file, remove
 * some. Paths are the sites folder's, `/`-separated; dot-files at the destination are never
 * listed, so never deleted.
 */
export interface Destination {
  list(): Promise<Map<string, PublishedFile>>
  /** Replaces or creates one file so that a reader sees the old bytes or the new ones. */
  put(sitePath: string, bytes: Buffer, headers: PublishHeaders, md5: string): Promise<void>
  remove(sitePaths: string[]): Promise<void>
  /** What may run at once (the folder's disk, the store's connections). */
  concurrency: number
}
