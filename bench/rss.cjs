// Preloaded (`node --require bench/rss.cjs …`) into a process the benchmark times: at exit it
// writes the process's peak resident set size (bytes) and CPU time (user and system, ms, all
// threads) as JSON to the file named by BENCH_RSS_FILE.
const { writeFileSync } = require('node:fs')

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return
  const usage = process.resourceUsage()
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ rssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }))
})
