import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { csvCell, toCsv } from './csv'

describe('CSV (RFC 4180)', () => {
  it('quotes what needs quoting and round-trips through an independent parser', () => {
    const rows = [
      { a: 'plain', b: 'with, comma', c: 'with "quotes"' },
      { a: 'line\nbreak', b: 'crlf\r\ninside', c: '厄瓜多尔 · مصر' },
      { a: '', b: null, c: undefined },
    ]
    const csv = toCsv(['a', 'b', 'c'], rows)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parse(csv, { columns: true, relax_column_count: false })).toEqual(rows.map((r) => ({ a: r.a ?? '', b: r.b ?? '', c: r.c ?? '' })))
  })

  it('defuses cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csvCell('+1+1')).toBe("'+1+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell(-3.6823)).toBe('-3.6823')
    expect(csvCell('-3.6823')).toBe('-3.6823')
    expect(csvCell(true)).toBe('true')
  })
})
