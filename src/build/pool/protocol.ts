import type { RawNetwork } from '../../content/loadNetwork'
import type { WriteSummary } from '../siteWriter'
import type { SiteWriteOptions } from '../writeSites'

/**
 * Messages between the building process and its build workers. Everything here is plain data
 * (structured clone): the content a batch read through Payload, never Payload itself.
 */
export type WorkerSetup = { options: WorkerBuildOptions }

/** The build's options as a worker gets them: no callbacks. */
export type WorkerBuildOptions = Omit<SiteWriteOptions, 'onProgress'>

export type PoolTask =
  | { id: number; kind: 'missions'; raw: RawNetwork; slugs: string[] }
  | { id: number; kind: 'ministry'; raw: RawNetwork }

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; sites: (WriteSummary | null)[] }
  | { kind: 'failed'; id: number; site: string; message: string }
