/**
 * Time spent per stage of the build (parse, collate, analyse, TEI, render…), summed over the
 * documents and threads that ran it: what `build --stats` and `npm run bench` report.
 */
export type Stage = 'read' | 'group' | 'parse' | 'collate' | 'analyse' | 'tei' | 'render' | 'write' | 'eleventy' | 'index' | 'publish'

export class Clock {
  readonly stages: Partial<Record<Stage, number>> = {}
  private last = performance.now()

  /** Charge the time since the previous lap (or since the clock was made) to `stage`. */
  lap(stage: Stage): void {
    const now = performance.now()
    this.stages[stage] = (this.stages[stage] ?? 0) + (now - this.last)
    this.last = now
  }

  /** Start timing afresh (time until now counts for no stage). */
  reset(): void {
    this.last = performance.now()
  }

  /** Add another clock's stages (a worker's, a job's) to this one. */
  add(stages: Partial<Record<Stage, number>>): void {
    for (const [stage, ms] of Object.entries(stages) as Array<[Stage, number]>) this.stages[stage] = (this.stages[stage] ?? 0) + ms
  }
}
