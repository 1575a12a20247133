/**
 * One instance per process. Next bundles each route apart (REST, GraphQL, the admin), each with
 * its own copy of this module: counters kept in a module variable would be split between them,
 * and a client could double its allowance by alternating REST and GraphQL.
 */
export function processWide<T>(name: string, create: () => T): T {
  const key = Symbol.for(`chancery.security.${name}`)
  const slots = globalThis as unknown as Record<symbol, T | undefined>
  return (slots[key] ??= create())
}
