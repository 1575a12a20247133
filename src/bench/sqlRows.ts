/** The part of the libsql client the benchmark uses. */
export type SqlClient = {
  execute: (statement: string | { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }>
  batch: (statements: { sql: string; args: unknown[] }[], mode: 'write') => Promise<unknown>
}

// SQLite allows 32,766 bound parameters per statement; rows are grouped below that.
const MAX_PARAMETERS = 30_000
const MAX_ROWS = 500

/** Multi-row INSERT statements for `rows`, each within SQLite's parameter limit. */
export function insertRows(table: string, columns: string[], rows: unknown[][]): { sql: string; args: unknown[] }[] {
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `
  const statements: { sql: string; args: unknown[] }[] = []
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    statements.push({ sql: head + chunk.map(() => tuple).join(', '), args: chunk.flat() })
  }
  return statements
}
