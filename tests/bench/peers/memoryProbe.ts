// Loaded into every server under test (node --expose-gc --import): on SIGUSR2 it collects garbage
// twice and prints the heap, so memory figures compare live data rather than garbage not yet collected.
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  const usage = process.memoryUsage()
  console.log(
    JSON.stringify({ event: 'memory', heapUsed: usage.heapUsed, external: usage.external, rss: usage.rss }),
  )
})
