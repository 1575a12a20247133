import { describe, expect, it } from 'vitest'

import { parseStartBenchArgs, signInAnswer, siteBuildOf, startTable, summariseStarts, type StartRun } from './firstStart'

describe('bench:start options', () => {
  it('defaults to three runs of each kind of start', () => {
    expect(parseStartBenchArgs([])).toEqual({ runs: 3, modes: ['fresh', 'fresh-database', 'seeded'], timeoutS: 300, json: false, help: false })
    expect(parseStartBenchArgs(['--mode', 'fresh-database'])).toMatchObject({ modes: ['fresh-database'] })
    expect(parseStartBenchArgs(['--runs', '5', '--mode', 'seeded', '--json'])).toMatchObject({ runs: 5, modes: ['seeded'], json: true })
  })

  it('refuses what it cannot use, naming the option', () => {
    expect(() => parseStartBenchArgs(['--runs', '0'])).toThrow(/--runs must be a whole number/)
    expect(() => parseStartBenchArgs(['--mode', 'warm'])).toThrow(/--mode must be fresh, fresh-database, seeded or all; got "warm"/)
    expect(() => parseStartBenchArgs(['--fast'])).toThrow()
  })
})

describe('signInAnswer', () => {
  it('counts a 200 of the admin or its sign-in page, not the first-user form or an error', () => {
    expect(signInAnswer(200, 'http://127.0.0.1:3000/admin/login')).toBe('sign-in')
    expect(signInAnswer(200, 'http://127.0.0.1:3000/admin')).toBe('sign-in')
    expect(signInAnswer(500, 'http://127.0.0.1:3000/admin/login')).toBe('not-yet')
    expect(signInAnswer(200, 'http://127.0.0.1:3000/admin/create-first-user')).toBe('create-first-user')
    expect(signInAnswer(200, 'http://127.0.0.1:3000/sites/')).toBe('not-yet')
  })
})

describe('siteBuildOf', () => {
  it('reads the seconds and files of the build from the line npm start prints', () => {
    expect(siteBuildOf('x\n  24 sites, 0 files written, 4950 unchanged, 0 deleted in 6.4 s.\n')).toEqual({ buildS: 6.4, written: 0 })
    expect(siteBuildOf('Generating the sites…')).toBeNull()
  })
})

describe('summariseStarts', () => {
  const run = (mode: 'fresh' | 'seeded', n: number, adminS: number, sitesS: number | null): StartRun => ({ mode, run: n, adminS, sitesS, readyS: sitesS, load1: 1 })
  it('gives the median, the fastest and the slowest run of each kind', () => {
    const runs = [run('fresh', 1, 30, 35), run('fresh', 2, 20, 25), run('fresh', 3, 25, 28), run('seeded', 1, 6, null), run('seeded', 2, 8, 9)]
    expect(summariseStarts(runs)).toEqual([
      { mode: 'fresh', runs: 3, adminS: { min: 20, median: 25, max: 30 }, sitesMedianS: 28, readyMedianS: 28 },
      { mode: 'seeded', runs: 2, adminS: { min: 6, median: 7, max: 8 }, sitesMedianS: null, readyMedianS: null },
    ])
    expect(startTable(runs)).toContain('| **fresh** | median of 3 | **25.0 s** (20.0 s–30.0 s) | 28.0 s | 28.0 s | | |')
    expect(startTable([{ ...runs[0], buildS: 4.25, written: 0 }])).toContain('| fresh | 1 | 30.0 s | 35.0 s | 35.0 s | 4.3 s (0) | 1.00 |')
  })
})
