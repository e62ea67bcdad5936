// Run as a child process by test/response-memory.test.ts: one call to a hostile server, with the
// process's resident memory sampled around it. Prints one JSON line: baseline, peak, the outcome.
import { createOmiseClient } from '../../src/index.node.js';
import { createNodeTransport } from '../../src/node.js';

const [transportName, baseUrl, id, cap] = process.argv.slice(2) as [string, string, string, string | undefined];
const transport = transportName === 'node' ? createNodeTransport() : undefined;
const omise = createOmiseClient({ secretKey: 'skey_test_memoryprobe', baseUrl, maxRetries: 0, timeoutMs: 60_000, ...(cap ? { maxResponseBytes: Number(cap) } : {}), ...(transport ? { transport } : { fetch: globalThis.fetch }) });

// Warm up: code and buffers a first call allocates are not what the hostile answer costs.
for (let i = 0; i < 20; i++) await omise.transactions.retrieve('trxn_test_warmup');
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage.rss();
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 2);
const started = performance.now();
let outcome: string;
try {
  await omise.transactions.retrieve(id);
  outcome = 'value';
} catch (error) {
  outcome = (error as Error).name;
}
peak = Math.max(peak, process.memoryUsage.rss());
clearInterval(sampler);
await transport?.close();
console.log(JSON.stringify({ baseline, peak, outcome, ms: Math.round(performance.now() - started) }));
