import { setImmediate } from 'node:timers/promises'
import { parentPort, workerData } from 'node:worker_threads'

import { MINISTRY_SITE } from '../../content/ministrySiteView'
import type { WriteSummary } from '../siteWriter'
import { writeMinistrySite, writeMissionSite } from '../writeSites'
import type { PoolTask, WorkerReply, WorkerSetup } from './protocol'

/**
 * A build worker: plans, renders and writes the sites of each batch it is sent, from content
 * the building process read, and answers with their write summaries. One batch at a time.
 */
const { options } = workerData as WorkerSetup
const port = parentPort!
const reply = (message: WorkerReply) => port.postMessage(message)

port.on('message', (task: PoolTask) => {
  void run(task)
})
reply({ kind: 'ready' })

async function run(task: PoolTask): Promise<void> {
  const sites: (WriteSummary | null)[] = []
  const slugs = task.kind === 'missions' ? task.slugs : [MINISTRY_SITE]
  for (const slug of slugs) {
    try {
      sites.push(task.kind === 'missions' ? writeMissionSite(task.raw, slug, options) : writeMinistrySite(task.raw, options))
    } catch (error) {
      reply({ kind: 'failed', id: task.id, site: slug, message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      return
    }
    // The `xml` package behind `rss` finishes each document in a process.nextTick callback that
    // holds all of its intermediate strings: a long synchronous run would keep every feed's.
    await setImmediate()
  }
  reply({ kind: 'done', id: task.id, sites })
}
