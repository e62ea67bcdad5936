// Run by bench/run.ts as a child process, one per client, so that each starts from the same clean
// heap: iterates listAllCards over a customer's cards and prints cards/s, the peak RSS growth while
// iterating (over the RSS after a warm-up), and the heap still retained after a forced GC.
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

const [baseUrl, customer, via] = process.argv.slice(2) as [string, string, 'default' | 'fetch'];
const packageName = 'omise-openapi';
const { createOmiseClient } = (await import(packageName)) as typeof import('../src/index.node.js');
const omise = createOmiseClient({ secretKey: MOCK_SECRET_KEY, baseUrl, ...(via === 'fetch' ? { fetch: globalThis.fetch } : {}) });
const gc = (globalThis as { gc?: () => void }).gc;

// Warm up on 10 000 cards: code compiled on first use, the first socket and V8 sizing its young
// generation to the rate of allocation are not what iterating costs.
const warmUp = async (): Promise<void> => {
  for await (const _card of omise.customers.listAllCards('cust_test_10000cards'));
};
await warmUp();
gc?.();
const heapBaseline = process.memoryUsage().heapUsed;
// The forced GC hands pages back to the system that the next iteration simply takes again, and how
// many varies from run to run (RSS 108 to 146 MB after it in identical runs): a baseline read right
// after it made up to 20 MB of "growth" out of the young generation refilling. A second warm-up
// brings the process back to its working size; growth is measured from there.
await warmUp();
const baseline = process.memoryUsage.rss();
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
