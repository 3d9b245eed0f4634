// A process of its own that asks GET {base}/api/health every 10 ms until told to stop, then sends
// back each answer's latency: the bench that sends a large upload must not time the server's answers
// on its own busy event loop. Plain JavaScript, so that it starts without the TypeScript loader.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const base = process.argv[2];
const latencies = [];
let running = true;
// How late this prober's own timers ran: what it adds to the latencies it measures.
const ownDelay = monitorEventLoopDelay({ resolution: 5 });
ownDelay.enable();

process.on('message', (message) => {
  if (message === 'stop') running = false;
});

async function ask() {
  const started = performance.now();
  const answer = await fetch(`${base}/api/health`);
  await answer.arrayBuffer();
  return performance.now() - started;
}

// The first asks open the connection and warm the HTTP client: not the server's latency.
for (let i = 0; i < 20; i++) await ask();
ownDelay.reset();
process.send?.('ready');
while (running) {
  latencies.push(await ask());
  await new Promise((resolve) => setTimeout(resolve, 10));
}
ownDelay.disable();
process.send?.({ latencies, ownDelayMaxMs: ownDelay.max / 1e6 }, () => process.exit(0));
