/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled. Open data is opened in spreadsheets, so a text cell
 * that starts like a formula (= + - @, tab, carriage return) gets a leading apostrophe, as
 * OWASP advises; plain numbers (-3.68) are left alone.
 */
export type CsvValue = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A header row and one row per record, in the header's order. */
export function toCsv<T extends Record<string, CsvValue>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const line = (cells: CsvValue[]) => cells.map(csvCell).join(',')
  return [line([...columns]), ...rows.map((row) => line(columns.map((c) => row[c])))].join('\r\n') + '\r\n'
}
