// `npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch] [--calls N]`: the
// latency of one call at a time with two builds of the client, for both operations, in one process,
// call by call. Every pass calls each row once, in a fresh (seeded) random order with no row twice in
// a row: a row that follows itself runs warm, and a fixed order favours the rows at its turns. One
// client per build, so neither build's code runs more often than the other's. With --fetch both
// builds send with global fetch, and bare openapi-fetch on the same fetch joins as the baseline of
// `npm run bench`'s "cost ÷ bare openapi-fetch". The server is in the same process, as in `npm run
// bench`. Prints per operation the ratios of the trimmed means (the fastest 90 % of calls). What the
// method resolves: run it on two copies of one build (in two folders).
import { pathToFileURL } from 'node:url';
import { bareCalls, omiseCalls, type Calls } from './calls.js';
import { passOrders } from './measure.js';
import { startBenchServer } from './server.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

type Create = typeof import('../src/index.node.js').createOmiseClient;
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const calls = Number(flag('--calls') ?? 10_000);
const [pathA, pathB] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--calls');
const viaFetch = args.includes('--fetch');
if (!pathA || !pathB || !Number.isInteger(calls) || calls < 100) {
  throw new Error('usage: npm run bench:compare -- A/dist/index.node.js B/dist/index.node.js [--fetch] [--calls N]');
}
const load = async (path: string): Promise<Create> => ((await import(pathToFileURL(path).href)) as { createOmiseClient: Create }).createOmiseClient;
const [createA, createB] = [await load(pathA), await load(pathB)];

const trimmedMean = (values: number[]): number => {
  const kept = [...values].sort((p, q) => p - q).slice(0, Math.ceil(values.length * 0.9));
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
};

const server = await startBenchServer();
try {
  const options = { secretKey: MOCK_SECRET_KEY, baseUrl: server.url, ...(viaFetch && { fetch: globalThis.fetch }) };
  const [a, b] = [createA(options), createB(options)];
  const byRow: Record<string, Calls> = { A: omiseCalls(a), B: omiseCalls(b), ...(viaFetch && { bare: bareCalls(server.url) }) };
  // One sequence of orders for both operations: a generator per operation would repeat the first's orders.
  const nextOrder = passOrders(Object.keys(byRow));
  for (const op of ['retrieve', 'listCards'] as const) {
    const rows = Object.fromEntries(Object.entries(byRow).map(([name, row]) => [name, row[op]]));
    const names = Object.keys(rows);
    const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
    for (let i = 0; i < 2000; i++) for (const name of names) await rows[name]!();
    for (let pass = 0; pass < calls; pass++) {
      for (const name of nextOrder()) {
        const started = performance.now();
        await rows[name]!();
        times[name]!.push(performance.now() - started);
      }
    }
    const mean = Object.fromEntries(names.map((name) => [name, trimmedMean(times[name]!)]));
    const ratio = (x: string, y: string): string => (mean[x]! / mean[y]!).toFixed(3);
    const vsBare = viaFetch ? ` · A ÷ bare openapi-fetch ${ratio('A', 'bare')}, B ÷ bare ${ratio('B', 'bare')}` : '';
    console.log(`${op}: B ÷ A ${ratio('B', 'A')}${vsBare}; A ${(mean.A! * 1000).toFixed(1)} µs a call, ${calls} calls a row`);
  }
  // A build from before close() existed has none.
  await Promise.all([a.close?.(), b.close?.()]);
} finally {
  await server.close();
}
