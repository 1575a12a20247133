type Row = { id?: unknown } & Record<string, unknown>

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Copies the row ids of a saved document's arrays into data written for another locale.
 * Localized fields inside array rows are stored per row id: rows sent without their id
 * would replace the saved rows and lose the first language's values.
 */
export function graftIds<T>(data: T, saved: unknown): T {
  if (Array.isArray(data) && Array.isArray(saved)) {
    return data.map((row, index) => {
      const savedRow = saved[index] as Row | undefined
      if (!isPlainObject(row)) return row
      const grafted = graftIds(row, savedRow)
      return typeof savedRow?.id === 'string' || typeof savedRow?.id === 'number' ? { ...grafted, id: savedRow.id } : grafted
    }) as T
  }
  if (isPlainObject(data) && isPlainObject(saved)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, graftIds(value, saved[key])])) as T
  }
  return data
}
