import fs from 'node:fs'
import path from 'node:path'

/**
 * `npm start` runs the server at once, so Next compiles the admin while the demo network is
 * seeded, but the server must not open the database before the seed has made its accounts: on a
 * database without users Payload offers to create the first one, and two processes pushing the
 * schema into an empty SQLite file at once fail. So the start holds a gate — a file holding its
 * process id, named to the server in CHANCERY_START_GATE — and the server's Payload configuration
 * waits while it exists. Requests that need Payload wait with it (the admin, /api); /sites/ needs
 * none. The start opens it once the accounts exist, and writes the rest of the network after.
 */
export const START_GATE_ENV = 'CHANCERY_START_GATE'

export type StartGate = { env: Record<typeof START_GATE_ENV, string>; open: () => void }

/** Closes the gate before the server starts; `open()` (idempotent, also on exit) lets it through. */
export function closeStartGate(dataDir: string, pid = process.pid): StartGate {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, `.npm-start-${pid}.gate`)
  fs.writeFileSync(file, String(pid))
  const open = () => fs.rmSync(file, { force: true })
  process.once('exit', open)
  return { env: { [START_GATE_ENV]: file }, open }
}

/** True while the gate's file exists and the process that wrote it is alive. */
export function gateHeld(file: string): boolean {
  let pid: number
  try {
    pid = Number(fs.readFileSync(file, 'utf8'))
  } catch {
    return false
  }
  try {
    // Signal 0 only asks whether the process exists: a start that died does not hold the server forever.
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Resolves once the gate named in the environment, if any, is open. */
export async function passStartGate(env: Record<string, string | undefined> = process.env, pollMs = 100): Promise<void> {
  const file = env[START_GATE_ENV]
  if (!file || !gateHeld(file)) return
  console.log('The server waits for npm start to seed the demo network before it opens the database…')
  while (gateHeld(file)) await new Promise((resolve) => setTimeout(resolve, pollMs))
}
