import type { Payload } from 'payload'

import { loadSharedFor, readForBuild } from '../build/buildSites'

/** releasesRead counts every release each read returned: the ministry's own are read with every batch. */
export type ReadFloor = { releasesRead: number; seconds: number; cpuSeconds: number }

/**
 * What reading costs with nothing else to do: everything a full build of the network reads
 * through the Local API, in the same batches, with nothing rendered, hashed or written. No
 * build that reads its content through Payload can take less time than this here.
 */
export async function measureReadFloor(payload: Payload): Promise<ReadFloor> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const shared = await loadSharedFor(payload, {})
  const slugs = shared.missions.map((m) => m.slug as string)
  let releasesRead = 0
  for await (const read of readForBuild(payload, shared, slugs, {})) releasesRead += read.raw.releases.length
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  return { releasesRead, seconds, cpuSeconds: (used.user + used.system) / 1e6 }
}
