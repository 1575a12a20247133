import fs from 'node:fs'
import path from 'node:path'

import type { SizeResult } from './measureBuilds'
import type { Machine, Target } from './report'

export type BenchRun = { machine: Machine; command: string; results: SizeResult[]; targets: Target[]; tableMarkdown: string; targetsMarkdown: string; budgetMarkdown: string }

const START = '<!-- bench:results:start -->'
const END = '<!-- bench:results:end -->'

/**
 * Replaces the measured section of the benchmarks document (between two markers) with this
 * run, leaving the hand-written analysis around it as it is.
 */
export function writeBenchmarkDoc(file: string, run: BenchRun): void {
  const m = run.machine
  const section = [
    START,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${run.command}\`.`,
    '',
    `Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu}, ${m.memoryGB} GB memory, Node ${m.node}; load average at start ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')}.`,
    '',
    run.tableMarkdown,
    '',
    run.targetsMarkdown,
    '',
    run.budgetMarkdown,
    END,
  ].join('\n')
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`
  const at = existing.indexOf(START)
  const end = existing.indexOf(END)
  const next = at >= 0 && end > at ? existing.slice(0, at) + section + existing.slice(end + END.length) : `${existing.trimEnd()}\n\n${section}\n`
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  fs.writeFileSync(file, next)
}
