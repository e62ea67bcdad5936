// Run by bench/run.ts as a child process, one per client, so that each starts from the same clean
// heap: iterates listAllCards over a customer's cards and prints cards/s, the peak RSS growth while
// iterating, and the heap still retained after a forced GC.
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

const [baseUrl, customer, via] = process.argv.slice(2) as [string, string, 'default' | 'fetch'];
const packageName = 'omise-openapi';
const { createOmiseClient } = (await import(packageName)) as typeof import('../src/index.node.js');
const omise = createOmiseClient({ secretKey: MOCK_SECRET_KEY, baseUrl, ...(via === 'fetch' ? { fetch: globalThis.fetch } : {}) });
const gc = (globalThis as { gc?: () => void }).gc;

// Warm up on 10 000 cards: code compiled on first use, the first socket and V8 sizing its young
// generation to the rate of allocation are not what iterating costs.
for await (const _card of omise.customers.listAllCards('cust_test_10000cards'));
gc?.();
const baseline = process.memoryUsage.rss();
const heapBaseline = process.memoryUsage().heapUsed;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);
const started = performance.now();
let cards = 0;
for await (const _card of omise.customers.listAllCards(customer)) cards++;
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
gc?.();
await omise.close();
console.log(JSON.stringify({ cards, cardsPerSec: cards / seconds, rssGrowthMb: (peak - baseline) / 2 ** 20, retainedMb: (process.memoryUsage().heapUsed - heapBaseline) / 2 ** 20 }));
