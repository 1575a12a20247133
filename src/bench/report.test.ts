import { describe, expect, it } from 'vitest'

import type { SizeResult } from './measureBuilds'
import { judge, markdownBudget, throughputBudget } from './report'

const result = (over: Partial<SizeResult>): SizeResult =>
  ({ pages: 100_000, cpuSeconds: 130, pagesPerSecond: 1000, peakRssMB: 400, maxRssMB: 400, noopFilesWritten: 0, incrementalP95Ms: 90, readFloorCpuSeconds: 19, fsFloorCpuSeconds: 21, ...over }) as SizeResult

describe('throughputBudget', () => {
  it('gives the CPU time the target allows on every CPU, less what reading and writing alone take', () => {
    const b = throughputBudget(result({}), 2)
    expect(b.seconds).toBe(20) // 100,000 pages at 5,000 a second
    expect(b.cpuSeconds).toBe(40)
    expect(b.leftCpuSeconds).toBe(0) // 40 − 19 − 21
    expect(b.restCpuSeconds).toBe(90) // 130 − 19 − 21
  })

  it('shows a rest below zero rather than hide floors that exceed the build’s own CPU time', () => {
    expect(throughputBudget(result({ cpuSeconds: 30 }), 2).restCpuSeconds).toBe(-10)
  })

  it('goes negative when reading and writing alone exceed the target, and the table says so', () => {
    const b = throughputBudget(result({ readFloorCpuSeconds: 25 }), 2)
    expect(b.leftCpuSeconds).toBe(-6)
    expect(markdownBudget(b)).toContain('| left for rendering, hashing and the rest | -6.0 |')
  })
})

describe('judge', () => {
  it('passes the full build only at 5,000 pages a second or more', () => {
    expect(judge(result({ pagesPerSecond: 4999 }), null)[0].pass).toBe(false)
    expect(judge(result({ pagesPerSecond: 5000 }), null)[0].pass).toBe(true)
  })
})
