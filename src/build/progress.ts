/**
 * Progress of a long build: on a terminal, one line redrawn in place (stage, done/total, rate,
 * time left); elsewhere (CI logs), a plain line every ten seconds. Nothing for a build that ends
 * within a second or two or has only a few documents to make, and nothing at all with `--quiet`.
 */

/** A stage with fewer items than this is never reported: it is over soon enough. */
const SMALL = 20

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

export class Progress {
  private stage = ''
  private total = 0
  private done = 0
  private stageStart = 0
  private lastShown = 0
  private drawn = false
  private started: number

  /**
   * @param stream where to write (stderr), undefined for no progress
   * @param now the clock, in ms (tests pass their own)
   */
  constructor(private readonly stream: ProgressStream | undefined, private readonly now: () => number = () => performance.now()) {
    this.started = now()
  }

  /** A build begins (the progress of `serve` serves one rebuild after another). */
  start(): void {
    this.started = this.now()
    this.lastShown = 0
  }

  /** A stage begins: `total` items to do. */
  begin(stage: string, total: number): void {
    this.stage = stage
    this.total = total
    this.done = 0
    this.stageStart = this.now()
    this.show(false)
  }

  /** Items of the stage done. */
  tick(count = 1): void {
    this.done += count
    this.show(this.done === this.total)
  }

  /** The build is over: clear the terminal line. */
  end(): void {
    if (this.drawn && this.stream?.isTTY) this.stream.write('\r\x1b[K')
    this.drawn = false
  }

  private show(last: boolean): void {
    if (!this.stream || this.total < SMALL) return
    const now = this.now()
    const tty = this.stream.isTTY === true
    // A terminal shows progress after a second, redrawn ten times a second; a log after five
    // seconds, then every ten.
    if (now - this.started < (tty ? 1000 : 5000)) return
    if (now - this.lastShown < (tty ? 100 : 10_000) && !(tty && last)) return
    this.lastShown = now
    const line = this.line(now)
    if (tty) {
      this.stream.write(`\r\x1b[K${line}`)
      this.drawn = true
    } else this.stream.write(`${line}\n`)
  }

  private line(now: number): string {
    const percent = this.total ? Math.floor((100 * this.done) / this.total) : 100
    const elapsed = (now - this.stageStart) / 1000
    const rate = elapsed > 0 ? this.done / elapsed : 0
    const left = rate > 0 ? (this.total - this.done) / rate : undefined
    const eta = left === undefined || this.done === 0 ? '' : `, ${formatSeconds(left)} left`
    return `${this.stage}: ${this.done}/${this.total} (${percent}%)${rate > 0 ? `, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s` : ''}${eta}`
  }
}

/** `42 s`, `3 min 05 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`
}
