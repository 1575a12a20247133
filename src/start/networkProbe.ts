import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { chooseDatabase } from '../config/database'

/**
 * Whether the embedded database already holds a network, asked of the SQLite file directly in a
 * few milliseconds, without Payload (which takes seconds to start): then `npm start` has nothing
 * to seed and lets the server open the database at once. `false` means "not known to be seeded":
 * no file yet, no missions table, no mission, or MongoDB (which this does not ask).
 */
export async function knownSeeded(env: Record<string, string | undefined>, root: string): Promise<boolean> {
  const choice = chooseDatabase(env.DATABASE_URL, path.resolve(root, env.DATA_DIR ?? 'data'))
  if (choice.kind !== 'sqlite') return false
  const file = choice.url.replace(/^file:(\/\/)?/, '').split('?')[0]!
  if (!fs.existsSync(path.resolve(root, file))) return false
  const client = createClient({ url: `file:${path.resolve(root, file)}` })
  try {
    const { rows } = await client.execute('SELECT 1 FROM missions LIMIT 1')
    return rows.length > 0
  } catch {
    return false // no missions table yet: a database Payload never finished creating
  } finally {
    client.close()
  }
}
