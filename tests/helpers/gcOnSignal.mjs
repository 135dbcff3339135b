// Test-only preload for server processes started with --expose-gc: SIGUSR2 runs a full garbage
// collection and prints a line, so a test can measure memory that is really retained.
process.on('SIGUSR2', () => {
  globalThis.gc?.()
  process.stdout.write('{"event":"test-gc-done"}\n')
})
