import fs from 'node:fs'
import path from 'node:path'

/** What Payload's drizzle SQLite adapter offers for writing migrations (requireDrizzleKit, the schema built at init). */
export type MigrationMaker = {
  schema: Record<string, unknown>
  requireDrizzleKit: () => { generateDrizzleJson: (schema: Record<string, unknown>) => unknown }
}

type TablePart = Record<string, unknown>
type Table = Record<string, unknown> & { columns?: TablePart; indexes?: TablePart; foreignKeys?: TablePart }
export type DrizzleSnapshot = { tables: Record<string, Table>; views?: Record<string, unknown> }

export type SchemaDrift = {
  /** The snapshot compared with, a file name in the migrations folder; null when there is no migration yet. */
  latestSnapshot: string | null
  /** What the collections have and the latest migration lacks, or the reverse; empty when the migrations are current. */
  differences: string[]
}

/** The latest migration's schema snapshot (files sort by their timestamp prefix), as Payload's migrate:create picks it. */
export function latestSnapshot(migrationDir: string): string | null {
  if (!fs.existsSync(migrationDir)) return null
  return fs.readdirSync(migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1) ?? null
}

/** JSON with sorted keys: two snapshots of one schema compare equal whatever order drizzle-kit wrote them in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const PART_NAMES: Record<string, string> = {
  columns: 'column', indexes: 'index', foreignKeys: 'foreign key', compositePrimaryKeys: 'primary key',
  uniqueConstraints: 'unique constraint', checkConstraints: 'check constraint',
}

function compareNamed(kind: string, where: string, committed: TablePart = {}, current: TablePart = {}): string[] {
  const out: string[] = []
  for (const name of [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort()) {
    if (!(name in committed)) out.push(`${where}: ${kind} \`${name}\` is in the collections, not in the migrations`)
    else if (!(name in current)) out.push(`${where}: ${kind} \`${name}\` is in the migrations, no longer in the collections`)
    else if (canonical(committed[name]) !== canonical(current[name])) out.push(`${where}: ${kind} \`${name}\` differs`)
  }
  return out
}

/**
 * The differences between the schema a migration recorded (its .json snapshot) and the one the
 * collections give now, table by table. Structural, unlike drizzle-kit's SQL diff, which stops to
 * ask whether a column was renamed: a check in CI must never wait for an answer.
 */
export function snapshotDifferences(committed: DrizzleSnapshot, current: DrizzleSnapshot): string[] {
  const out = compareNamed('table', 'schema', committed.tables, current.tables).filter((line) => !line.endsWith('differs'))
  for (const name of Object.keys(current.tables).sort()) {
    const before = committed.tables[name]
    const after = current.tables[name]!
    if (!before) continue
    const parts = new Set([...Object.keys(before), ...Object.keys(after)])
    for (const part of [...parts].sort()) {
      if (part === 'name') continue
      const a = (before[part] ?? {}) as TablePart
      const b = (after[part] ?? {}) as TablePart
      if (canonical(a) === canonical(b)) continue
      out.push(...compareNamed(PART_NAMES[part] ?? part, name, a, b))
    }
  }
  out.push(...compareNamed('view', 'schema', committed.views, current.views))
  return out
}

/**
 * Whether `npm run migrate:create` has anything to write: the collections' schema (the drizzle
 * tables Payload builds from them, as drizzle-kit's generateSQLiteDrizzleJson describes them for
 * Payload's createMigration) against the latest migration's snapshot.
 */
export async function schemaDrift(adapter: MigrationMaker, migrationDir: string): Promise<SchemaDrift> {
  // Through JSON, as createMigration writes it: what JSON leaves out (undefined values) is no difference.
  const current = JSON.parse(JSON.stringify(await adapter.requireDrizzleKit().generateDrizzleJson(adapter.schema))) as DrizzleSnapshot
  const latest = latestSnapshot(migrationDir)
  const committed: DrizzleSnapshot = latest ? JSON.parse(fs.readFileSync(path.join(migrationDir, latest), 'utf8')) : { tables: {}, views: {} }
  return { latestSnapshot: latest, differences: snapshotDifferences(committed, current) }
}

/** Says what differs and the one command that brings the migrations up to date. */
export function driftMessage(drift: SchemaDrift, shown = 12): string {
  const base = drift.latestSnapshot ? `the latest migration (src/migrations/${drift.latestSnapshot})` : 'the migrations (src/migrations/ has none)'
  const more = drift.differences.length > shown ? [`  … and ${drift.differences.length - shown} more`] : []
  return [
    `The collections' database schema differs from ${base}:`,
    ...drift.differences.slice(0, shown).map((line) => `  - ${line}`), ...more,
    'Run `npm run migrate:create -- <what_changed>` (for example `npm run migrate:create -- press_release_indexes`) and commit what it writes under src/migrations/.',
  ].join('\n')
}
