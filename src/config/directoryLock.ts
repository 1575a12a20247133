import fs from 'node:fs'
import path from 'node:path'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock between processes (vitest's forks, two test runs, two starts): mkdir either creates or fails. */
export async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A holder that died (killed mid-build) leaves its lock behind.
      let holder = 0
      try { holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')) } catch { /* gone, or not written yet */ }
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if ((holder && !alive(holder)) || (!holder && age > 60_000)) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 1000))
    }
  }
  // A process that exits while holding it (npm start stopped mid-build) leaves no lock behind.
  const release = () => fs.rmSync(lock, { recursive: true, force: true })
  process.once('exit', release)
  try {
    return await work()
  } finally {
    process.off('exit', release)
    release()
  }
}
