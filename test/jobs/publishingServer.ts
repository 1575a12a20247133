/**
 * One app server for test/jobs/twoServers.test.ts, in its own Node process: a Payload on the
 * database and sites folder its environment names (DATABASE_URL, DATA_DIR, SITES_DIR), with the
 * jobs queue's crons running as in `npm run serve`. It says `ready`, waits for `go` on its
 * input, publishes press releases of the given missions as a ministry editor (each save queues
 * a rebuild, run by whichever server takes it), says `published`, and keeps running jobs until
 * its input closes.
 *
 * Usage: tsx --conditions=development test/jobs/publishingServer.ts <name> <mission,mission,…> <releases per mission>
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import { createConfig } from '../../src/config/createConfig'

const [name, missionList, perMission] = process.argv.slice(2)
if (!name || !missionList || !Number(perMission)) {
  console.error('Usage: tsx --conditions=development test/jobs/publishingServer.ts <name> <mission,mission,…> <releases per mission>')
  process.exit(2)
}

const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ server: name, ...message })}\n`)

const payload = await getPayload({ config: createConfig(process.env), cron: true })
const lines = readline.createInterface({ input: process.stdin })
const go = new Promise<void>((resolve) => lines.on('line', (line) => line.trim() === 'go' && resolve()))
// Its input closed (the test is done, or gone), whatever it is doing: it stops.
lines.on('close', () => {
  void payload.destroy().finally(() => process.exit(0))
})

const editor = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@chancery.example' } }, depth: 0 })).docs[0]
const missions = await payload.find({ collection: 'missions', where: { slug: { in: missionList.split(',') } }, depth: 0, pagination: false })
say({ ready: true })
await go

let published = 0
const ids: string[] = []
for (let i = 0; i < Number(perMission); i++) {
  for (const mission of missions.docs) {
    const doc = await payload.create({
      collection: 'press-releases', locale: 'es', user: { ...editor, collection: 'users' }, overrideAccess: false,
      data: { title: `${name}: comunicado ${i + 1} de ${mission.slug}`, slug: `${name}-${mission.slug}-${i + 1}`, summary: `Publicado por el servidor ${name}.`, mission: mission.id, _status: 'published' },
    } as never)
    ids.push(String((doc as { id: string }).id))
    published++
  }
}
// An edit of an earlier release too: a change to a page the other server's builder may hold.
await payload.update({ collection: 'press-releases', id: ids[0], locale: 'es', user: { ...editor, collection: 'users' }, overrideAccess: false, data: { title: `${name}: comunicado corregido` } as never })
say({ published: published + 1 })
// Its job crons keep running rebuilds until its input closes.
