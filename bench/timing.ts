/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Median milliseconds of `runs` calls, after one warm-up call. */
export function time(run: () => unknown, runs: number): number {
  run() // warm up: JIT and the word list
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

