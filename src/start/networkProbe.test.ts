import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import { knownSeeded } from './networkProbe'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-probe-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function sql(file: string, ...statements: string[]) {
  const client = createClient({ url: `file:${file}` })
  for (const statement of statements) await client.execute(statement)
  client.close()
}

describe('knownSeeded', () => {
  it('is true only for an SQLite file with a mission in it', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'chancery.db')
    expect(await knownSeeded({ DATA_DIR: dir }, '/')).toBe(false) // no file
    await sql(file, 'CREATE TABLE other (id INTEGER)')
    expect(await knownSeeded({ DATA_DIR: dir }, '/')).toBe(false) // no missions table
    await sql(file, 'CREATE TABLE missions (id INTEGER PRIMARY KEY)')
    expect(await knownSeeded({ DATA_DIR: dir }, '/')).toBe(false) // no mission
    await sql(file, 'INSERT INTO missions (id) VALUES (1)')
    expect(await knownSeeded({ DATA_DIR: dir }, '/')).toBe(true)
    expect(await knownSeeded({ DATABASE_URL: `file:${file}` }, '/')).toBe(true)
  })

  it('resolves the data folder from the project root, as the configuration does', async () => {
    const root = tempDir()
    await sql(path.join(root, 'chancery.db'), 'CREATE TABLE missions (id INTEGER PRIMARY KEY)', 'INSERT INTO missions (id) VALUES (7)')
    expect(await knownSeeded({ DATA_DIR: '.' }, root)).toBe(true)
  })

  it('does not ask MongoDB: not known to be seeded', async () => {
    expect(await knownSeeded({ DATABASE_URL: 'mongodb://127.0.0.1:1/none' }, '/')).toBe(false)
  })
})
