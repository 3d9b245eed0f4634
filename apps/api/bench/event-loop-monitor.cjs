// Preloaded into the bench's server child (node --require): the server's own event-loop delay, so
// that the bench can tell the server's delays from the machine's. On SIGUSR2 it prints the largest
// delay since the last SIGUSR2 to stderr as `event-loop-delay-max-ms=<n>`, and starts again.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

if (isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 2 });
  delay.enable();
  process.on('SIGUSR2', () => {
    process.stderr.write(`event-loop-delay-max-ms=${(delay.max / 1e6).toFixed(2)}\n`);
    delay.reset();
  });
}
