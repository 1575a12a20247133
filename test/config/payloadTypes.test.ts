import fs from 'node:fs'
import path from 'node:path'

import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

import { createConfig } from '../../src/config/createConfig'
import { tempDirs } from '../support/tempDirs'
import { TEST_SECRET } from '../support/testPayload'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const tempDir = tempDirs('chancery-types-')

/**
 * Payload regenerates src/payload-types.ts only in Next's development server (createConfig's
 * `typescript.autoGenerate`), so a change to a collection committed without `npm run
 * generate:types` is caught here rather than by whoever next runs `npm run dev`.
 */
describe('the generated types', () => {
  it('src/payload-types.ts is what Payload generates from the configuration (else: npm run generate:types)', async () => {
    const dir = tempDir()
    const config = await createConfig({ DATABASE_URL: `file:${path.join(dir, 'unused.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' })
    expect(config.typescript.autoGenerate).toBe(false)
    const outputFile = path.join(dir, 'payload-types.ts')
    await generateTypes({ ...config, typescript: { ...config.typescript, outputFile } }, { log: false })
    expect(fs.readFileSync(outputFile, 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'src', 'payload-types.ts'), 'utf8'))
  }, 120_000)
})
