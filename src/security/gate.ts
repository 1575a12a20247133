/**
 * At most `concurrency` holders at a time; the rest wait in arrival order, at most `queue` of
 * them and for at most `waitMs`. Anonymous API reads pass through one gate: however many
 * clients send them, they can take only a bounded share of the one event loop that also serves
 * editors' saves and the generated pages.
 */
export class Gate {
  private running = 0
  private readonly waiting: { resolve: (release: () => void) => void; timer: NodeJS.Timeout }[] = []

  constructor(
    readonly concurrency: number,
    readonly queue: number,
    readonly waitMs: number,
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
    return () => {
      if (released) return
      released = true
      const next = this.waiting.shift()
      if (next) {
        clearTimeout(next.timer)
        // The slot passes straight to the next in line.
        next.resolve(this.releaser())
      } else {
        this.running -= 1
      }
    }
  }
}
