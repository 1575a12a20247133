import fs from 'node:fs'
import path from 'node:path'

export type FileSystemFloor = {
  files: number
  bytes: number
  seconds: number
  filesPerSecond: number
  /** The process's CPU time meanwhile, in the program and in the kernel (folders, inodes, page cache). */
  cpuSeconds: number
  /** The kernel's part of cpuSeconds. */
  systemCpuSeconds: number
}

/**
 * What writing a build's files costs with nothing else to do: every file of the live sites
 * under `outDir`, with its size, created again under `scratch` the way the writer fills a fresh
 * copy (each folder made once, each file written whole), on one thread, with no content read,
 * rendered or hashed. No generator writing these files one at a time can be faster here.
 */
export function measureFileSystemFloor(outDir: string, scratch: string): FileSystemFloor {
  const files = liveFiles(outDir)
  const largest = files.reduce((max, f) => Math.max(max, f.size), 0)
  const bytes = Buffer.alloc(largest, 'x')
  fs.rmSync(scratch, { recursive: true, force: true })
  const made = new Set<string>()
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (const file of files) {
    const target = path.join(scratch, file.path)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    fs.writeFileSync(target, bytes.subarray(0, file.size))
  }
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  return {
    files: files.length, bytes: files.reduce((n, f) => n + f.size, 0), seconds, filesPerSecond: files.length / seconds,
    cpuSeconds: (used.user + used.system) / 1e6, systemCpuSeconds: used.system / 1e6,
  }
}

/** Every file the public sees under `outDir` (following each site's link), with its size. */
function liveFiles(outDir: string): { path: string; size: number }[] {
  const files: { path: string; size: number }[] = []
  const walk = (dir: string, relative: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue // the writer's own state
      const full = path.join(dir, entry.name)
      const rel = path.join(relative, entry.name)
      const stat = fs.statSync(full)
      if (stat.isDirectory()) walk(full, rel)
      else files.push({ path: rel, size: stat.size })
    }
  }
  walk(outDir, '')
  return files
}
