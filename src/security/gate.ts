/**
 * At most `concurrency` holders at a time; the rest wait in arrival order, at most `queue` of
 * them and for at most `waitMs`. Anonymous API reads pass through one gate: however many
 * clients send them, they can take only a bounded share of the one event loop that also serves
 * editors' saves and the generated pages.
 *
 * A share of requests is not a share of time: two slots kept busy back to back kept the loop
 * busy all the time, and a generated page, many small asynchronous steps, waited behind them
 * (docs/security.md, the abuse benchmark). So a freed slot rests `restRatio` times as long as
 * it was held before the next holder gets it: with 1, the holders have the loop half the time.
 */
export class Gate {
  private running = 0
  private readonly waiting: { resolve: (release: () => void) => void; timer: NodeJS.Timeout }[] = []

  constructor(
    readonly concurrency: number,
    readonly queue: number,
    readonly waitMs: number,
    readonly restRatio = 0,
  ) {}

  /** A release function once admitted, or null when the queue is full or the wait ran out. */
  async enter(): Promise<(() => void) | null> {
    if (this.running < this.concurrency) {
      this.running += 1
      return this.releaser()
    }
    if (this.waiting.length >= this.queue) return null
    return new Promise((resolve) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry)
          if (index >= 0) this.waiting.splice(index, 1)
          resolve(null as unknown as () => void)
        }, this.waitMs),
      }
      this.waiting.push(entry)
    })
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  private releaser(): () => void {
    let released = false
    const admitted = performance.now()
    return () => {
      if (released) return
      released = true
      const rest = (performance.now() - admitted) * this.restRatio
      if (rest >= 1) setTimeout(() => this.pass(), rest)
      else this.pass()
    }
  }

  /** The slot goes straight to the next in line, or is given back. */
  private pass(): void {
    const next = this.waiting.shift()
    if (next) {
      clearTimeout(next.timer)
      next.resolve(this.releaser())
    } else {
      this.running -= 1
    }
  }
}
