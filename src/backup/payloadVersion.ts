import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The installed Payload's version, recorded in archives for whoever has to read one years later. */
export function payloadVersion(): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve('payload'))
    for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
      const file = path.join(dir, 'package.json')
      if (!fs.existsSync(file)) continue
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'payload' && pkg.version) return pkg.version
    }
  } catch {
    // Only informative: an archive without it is no less readable.
  }
  return 'unknown'
}
