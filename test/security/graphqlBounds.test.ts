import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import { parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql/index.js'
import type { SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createConfig } from '../../src/config/createConfig'
import { checkGraphqlDocument } from '../../src/security/graphqlBounds'
import { TEST_SECRET } from '../support/testPayload'

/**
 * The GraphQL bounds against the application's real schema (built from its configuration, no
 * database needed): what passes and what is refused, before anything runs.
 */
describe('GraphQL bounds on the real schema', () => {
  let dir: string
  let config: SanitizedConfig
  let schema: GraphQLSchema
  let rules: (args: { contextValue: unknown; variableValues?: Record<string, unknown> }) => ValidationRule[]

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-gql-'))
    config = await createConfig({ DATABASE_URL: `file:${path.join(dir, 'x.db')}`, DATA_DIR: dir, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test' })
    const built = configToSchema(config)
    schema = built.schema
    rules = built.validationRules as never
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  const staff = { req: { user: { id: 'u', collection: 'users', role: 'ministry-editor' } } }
  const anonymous = { req: { user: null } }
  const errorsOf = (query: string, contextValue: unknown = anonymous, variableValues?: Record<string, unknown>) =>
    validate(schema, parse(query), [...specifiedRules, ...rules({ contextValue, variableValues })]).map((e) => ({
      message: e.message, parameter: (e.extensions as { parameter?: string }).parameter,
    }))

  it("refuses the issue's query, which passed Payload's complexity limit and hung the server one level deeper", () => {
    const query = '{ Services(limit:100) { docs { missions { offices { services { missions { offices { services { id } } } } } } } } }'
    expect(errorsOf(query)).toEqual([expect.objectContaining({ parameter: 'depth' })])
    expect(errorsOf(query, staff)).toEqual([expect.objectContaining({ parameter: 'depth' })])
  })

  it('counts depth as relationships along a path (arrays of offices do not count), through fragments', () => {
    expect(errorsOf('{ Services(limit: 10) { docs { id missions { id } } } }')).toEqual([])
    expect(errorsOf('{ Services(limit: 10) { docs { missions { offices { services { id } } } } } }')).toEqual([expect.objectContaining({ parameter: 'depth' })])
    expect(errorsOf('{ Services(limit: 10) { docs { missions { offices { services { id } } } } } }', staff)).toEqual([])
    const viaFragment = 'fragment M on Mission { offices { services { missions { id } } } } { Services(limit: 1) { docs { missions { ...M } } } }'
    expect(errorsOf(viaFragment, staff)).toEqual([expect.objectContaining({ parameter: 'depth', message: expect.stringContaining('3 deep') })])
  })

  it('bounds limit by depth, and every query of a document (aliases included) together', () => {
    expect(errorsOf('{ Missions(limit: 100) { docs { id } } }')).toEqual([])
    expect(errorsOf('{ Missions(limit: 101) { docs { id } } }')).toEqual([expect.objectContaining({ parameter: 'limit' })])
    expect(errorsOf('{ Missions(limit: 11) { docs { parent { id } } } }')).toEqual([expect.objectContaining({ parameter: 'limit' })])
    expect(errorsOf('{ a: Missions(limit: 60) { docs { id } } b: Missions(limit: 60) { docs { id } } }')).toEqual([expect.objectContaining({ parameter: 'limit' })])
    expect(errorsOf('query ($n: Int) { Missions(limit: $n) { docs { id } } }', anonymous, { n: 500 })).toEqual([expect.objectContaining({ parameter: 'limit' })])
    expect(errorsOf('{ Missions(limit: 1000) { docs { id } } }', staff)).toEqual([])
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: countMissions { totalDocs }`).join(' ')
    expect(errorsOf(`{ ${aliases} }`, staff)).toEqual([expect.objectContaining({ parameter: 'query' })])
  })

  it('refuses unpaged reads and oversized where lists', () => {
    expect(errorsOf('{ Missions(limit: 0) { totalDocs } }', staff)).toEqual([expect.objectContaining({ parameter: 'limit' })])
    expect(errorsOf('{ Missions(pagination: false) { docs { id } } }', staff)).toEqual([expect.objectContaining({ parameter: 'pagination' })])
    const ids = Array.from({ length: 101 }, (_, i) => `"id-${i}"`).join(',')
    expect(errorsOf(`{ PressReleases(where: { topics: { in: [${ids}] } }) { docs { id } } }`)).toEqual([expect.objectContaining({ parameter: 'where' })])
  })

  it("bounds a rich text field's own depth argument", () => {
    expect(errorsOf('{ PressReleases(limit: 5) { docs { body(depth: 5) } } }', staff)).toEqual([expect.objectContaining({ parameter: 'depth' })])
    expect(errorsOf('{ PressReleases(limit: 5) { docs { body(depth: 0) } } }')).toEqual([])
  })

  it('keeps introspection off in production (Payload disables it; this configuration must not turn it back on)', () => {
    const previous = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      expect(errorsOf('{ __schema { types { name } } }', staff).map((e) => e.message).join()).toMatch(/introspection is not allowed/)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = previous
    }
    expect(config.graphQL.disableIntrospectionInProduction).toBe(true)
    expect(config.graphQL.disablePlaygroundInProduction).toBe(true)
  })

  it('refuses fragments that spread each other in a cycle before Payload\'s complexity rule overflows on them, and long documents', () => {
    const cycle = 'fragment F on Service { missions { ...G } } fragment G on Mission { offices { services { ...F } } } { Services(limit: 1) { docs { ...F } } }'
    expect(checkGraphqlDocument({ query: cycle })).toMatchObject({ parameter: 'query', message: expect.stringContaining('spreads itself') })
    expect(checkGraphqlDocument({ query: '{ Services { docs { id } } }' })).toBeNull()
    expect(checkGraphqlDocument({ query: `{ Services { docs { id ${' title'.repeat(5_000)} } } }` })).toMatchObject({ parameter: 'query' })
    expect(checkGraphqlDocument({ query: '{ not graphql' })).toBeNull()
  })
})
