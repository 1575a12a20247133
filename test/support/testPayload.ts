import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { createConfig } from '../../src/config/createConfig'

export type TestPayload = { payload: Payload; dataDir: string; databaseUrl: string; close: () => Promise<void> }

export const TEST_SECRET = 'chancery-test-secret-0123456789abcdef'

/**
 * A real Payload on a fresh SQLite file in a temporary directory (or on MongoDB when a
 * URL is given). Each call gets its own database, so test files never share state.
 */
export async function startTestPayload(options: { databaseUrl?: string } = {}): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-test-'))
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, 'test.db')}`
  const config = createConfig({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: dataDir, NODE_ENV: 'test' })
  const payload = await getPayload({ config, key: dataDir })
  return {
    payload,
    dataDir,
    databaseUrl,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
