import { describe, expect, it } from 'vitest'

import { chooseDatabase, databaseAdapter } from '../../src/config/database'

describe('chooseDatabase', () => {
  it('uses the embedded SQLite file under data/ when DATABASE_URL is unset or blank', () => {
    expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: 'file:data/chancery.db' })
    expect(chooseDatabase('  ')).toEqual({ kind: 'sqlite', url: 'file:data/chancery.db' })
    expect(chooseDatabase(undefined, '/srv/chancery')).toEqual({ kind: 'sqlite', url: 'file:/srv/chancery/chancery.db' })
  })

  it('uses SQLite for a file: URL', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase('mongodb://db:27017/chancery').kind).toBe('mongodb')
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example.net/chancery').kind).toBe('mongodb')
  })

  it('refuses any other scheme with a message naming DATABASE_URL and hiding credentials', () => {
    expect(() => chooseDatabase('postgres://user:hunter2@db/x')).toThrow(/DATABASE_URL must start with "file:"/)
    expect(() => chooseDatabase('postgres://user:hunter2@db/x')).not.toThrow(/hunter2/)
  })
})

describe('databaseAdapter', () => {
  it('builds the SQLite adapter for a SQLite choice', async () => {
    const adapter = await databaseAdapter({ kind: 'sqlite', url: 'file:/tmp/unused.db' })
    expect(adapter.name).toBe('sqlite')
  })

  it('builds the MongoDB adapter for a MongoDB choice without connecting', async () => {
    const adapter = await databaseAdapter({ kind: 'mongodb', url: 'mongodb://127.0.0.1:1/never' })
    expect(adapter.name).toBe('mongoose')
  })
})
