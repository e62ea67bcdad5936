// `npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch]`: CPU time per
// retrieve call of two builds of the client, in one process, in alternating batches (the order
// swapped every round), so the machine's drift touches both alike. Prints the median of B ÷ A and
// its interquartile range: how a change moved the cost per call, to a percent or two.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { BENCH_TRANSACTION } from './server.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

type Create = typeof import('../src/index.node.js').createOmiseClient;
const [pathA, pathB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!pathA || !pathB) throw new Error('usage: npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch]');
const load = async (path: string): Promise<Create> => ((await import(pathToFileURL(path).href)) as { createOmiseClient: Create }).createOmiseClient;
const [createA, createB] = [await load(pathA), await load(pathB)];

const body = JSON.stringify({ object: 'transaction', id: BENCH_TRANSACTION, livemode: false, location: `/transactions/${BENCH_TRANSACTION}`, amount: 96094, currency: 'THB', direction: 'credit', key: 'charge.captured.net', origin: 'chrg_test_5fz0ol3bn1mdrc3t0kq', transferable_at: '2024-03-08T04:12:10Z', created_at: '2024-03-01T04:12:10Z' });
const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const options = { secretKey: MOCK_SECRET_KEY, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, ...(process.argv.includes('--fetch') && { fetch: globalThis.fetch }) };
const [a, b] = [createA(options), createB(options)];

async function cpuPerCall(client: ReturnType<Create>, calls: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) await client.transactions.retrieve(BENCH_TRANSACTION);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

await cpuPerCall(a, 2000);
await cpuPerCall(b, 2000);
const ratios: number[] = [];
for (let round = 0; round < 60; round++) {
  const first = round % 2 ? b : a;
  const x = await cpuPerCall(first, 1000);
  const y = await cpuPerCall(first === a ? b : a, 1000);
  ratios.push(first === a ? y / x : x / y);
}
ratios.sort((p, q) => p - q);
console.log(`B ÷ A, CPU per call: median ${ratios[30]!.toFixed(3)}, interquartile ${ratios[15]!.toFixed(3)}–${ratios[45]!.toFixed(3)} (60 rounds of 1 000 calls each)`);
await Promise.all([a.close(), b.close()]);
server.close();
