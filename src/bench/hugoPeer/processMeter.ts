/**
 * Measures another process as a whole: its wall time, its CPU time with its children's (what
 * `/usr/bin/time` reports, from the kernel's accounting of the process it waited for), and the
 * peak resident set of its whole process tree, sampled from /proc (a generator that runs
 * workers as processes is counted with them, not by its largest process alone).
 */
import { spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type ProcessMeasure = {
  seconds: number
  userSeconds: number
  systemSeconds: number
  cpuSeconds: number
  /** The largest resident set of the process tree (every process added up), sampled every 100 ms, MiB. */
  peakTreeRssMB: number
  /** The largest resident set of any one process of it, as /usr/bin/time reports it, MiB. */
  maxRssMB: number
  exitCode: number
}

const PAGE_KB = 4

/** Every process's parent and resident set, from /proc. */
function processTable(): Map<number, { ppid: number; rssKB: number }> {
  const table = new Map<number, { ppid: number; rssKB: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses: the fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      table.set(Number(entry), { ppid: Number(fields[1]), rssKB: Number(fields[21]) * PAGE_KB })
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table
}

/** The resident set of `root` and all its descendants, in KiB. */
export function treeRssKB(root: number): number {
  const table = processTable()
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += table.get(pid)?.rssKB ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export const TIME_BINARY = '/usr/bin/time'

/** Runs `command` under /usr/bin/time and a /proc sampler; resolves when it exits (whatever its code). */
export function measureProcess(command: string, args: string[], options: SpawnOptions = {}): Promise<ProcessMeasure> {
  if (!fs.existsSync(TIME_BINARY)) throw new Error(`${TIME_BINARY} is needed to measure CPU time with children (Debian package "time": apt-get install -y time).`)
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-meter-')), 'time.txt')
  const started = performance.now()
  const proc = spawn(TIME_BINARY, ['-f', '%e %U %S %M', '-o', report, command, ...args], { stdio: 'inherit', ...options })
  let peakKB = 0
  const sample = () => {
    if (proc.pid) peakKB = Math.max(peakKB, treeRssKB(proc.pid))
  }
  const timer = setInterval(sample, 100)
  return new Promise((resolve, reject) => {
    proc.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    proc.on('exit', (code) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      const line = fs.readFileSync(report, 'utf8').trim().split('\n').pop() ?? ''
      fs.rmSync(path.dirname(report), { recursive: true, force: true })
      const [, user, system, maxKB] = line.split(' ').map(Number)
      if (![user, system, maxKB].every(Number.isFinite)) return reject(new Error(`Unreadable ${TIME_BINARY} report: "${line}"`))
      resolve({ seconds, userSeconds: user, systemSeconds: system, cpuSeconds: user + system, peakTreeRssMB: peakKB / 1024, maxRssMB: maxKB / 1024, exitCode: code ?? -1 })
    })
  })
}

/** This process's own CPU time and its waited-for children's (/proc/self/stat), in seconds. */
export function cpuWithChildren(): { self: number; children: number } {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime, stime, cutime, cstime: fields 14–17 of stat(5), in clock ticks (100 a second on Linux).
  const ticks = (i: number) => Number(fields[i - 3]) / 100
  return { self: ticks(14) + ticks(15), children: ticks(16) + ticks(17) }
}
