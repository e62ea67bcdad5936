// `npm run bench`: every client side by side, in one process and one run, against a loopback server
// in the same process (so a row's figure is the CPU cost of the client, not the scheduler's wake-up
// latency between two processes). Writes bench/RESULTS.md and, with --json, prints the raw figures.
// Benchmarks report; they never fail CI.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import { request as undiciRequest } from 'undici';
import type { paths } from '../generated/schema.js';
import { BENCH_CUSTOMER, BENCH_TRANSACTION, prewarm, startBenchServer, type BenchServer } from './server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The built package, as users get it (tsx would add helpers of its own to every function).
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
// Specifiers in variables: dist/ exists only after the build above, not when the repo is typechecked.
const distIndex = '../dist/index.js';
const distNode = '../dist/node.js';
const { createOmiseClient } = (await import(distIndex)) as typeof import('../src/index.js');
const { createNodeTransport } = (await import(distNode)) as typeof import('../src/node.js');
const JSON_OUT = process.argv.includes('--json');
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 1500);
const KEY = 'skey_test_5fz0oluu2v7vk6cnsqx';
const AUTH = `Basic ${btoa(`${KEY}:`)}`;

async function tryServer(port: number): Promise<BenchServer | undefined> {
  try {
    return await startBenchServer(port);
  } catch {
    return undefined;
  }
}

// Port 80 lets the official SDK (which cannot be given a port) join; without root it is skipped.
const on80 = await tryServer(80);
const server = on80 ?? (await startBenchServer(0));
const base = server.url;
process.env.OMISE_SCHEME = 'http';

type Call = () => Promise<unknown>;
interface Row {
  name: string;
  retrieve: Call;
  listCards: Call;
}

const bare = createClient<paths>({ baseUrl: base, headers: { Authorization: AUTH, 'Omise-Version': '2019-05-29' } });
const nodeTransport = createNodeTransport();
const ours = createOmiseClient({ secretKey: KEY, baseUrl: base });
const oursValidating = createOmiseClient({ secretKey: KEY, baseUrl: base, validateResponses: true });
const oursNode = createOmiseClient({ secretKey: KEY, baseUrl: base, transport: nodeTransport });
const headers = { Authorization: AUTH, 'Omise-Version': '2019-05-29' };
const trxnUrl = `${base}/transactions/${BENCH_TRANSACTION}`;
const cardsUrl = `${base}/customers/${BENCH_CUSTOMER}/cards?limit=20`;

const rows: Row[] = [
  { name: 'global fetch + JSON', retrieve: async () => (await fetch(trxnUrl, { headers })).json(), listCards: async () => (await fetch(cardsUrl, { headers })).json() },
  { name: 'undici request + JSON (floor)', retrieve: async () => (await undiciRequest(trxnUrl, { headers })).body.json(), listCards: async () => (await undiciRequest(cardsUrl, { headers })).body.json() },
  {
    name: 'bare openapi-fetch',
    retrieve: () => bare.GET('/transactions/{id}', { params: { path: { id: BENCH_TRANSACTION } } }),
    listCards: () => bare.GET('/customers/{id}/cards', { params: { path: { id: BENCH_CUSTOMER }, query: { limit: 20 } } }),
  },
  { name: 'omise-openapi, global fetch', retrieve: () => ours.transactions.retrieve(BENCH_TRANSACTION), listCards: () => ours.customers.listCards(BENCH_CUSTOMER, { limit: 20 }) },
  {
    name: 'omise-openapi, validateResponses',
    retrieve: () => oursValidating.transactions.retrieve(BENCH_TRANSACTION),
    listCards: () => oursValidating.customers.listCards(BENCH_CUSTOMER, { limit: 20 }),
  },
  { name: 'omise-openapi, Node transport', retrieve: () => oursNode.transactions.retrieve(BENCH_TRANSACTION), listCards: () => oursNode.customers.listCards(BENCH_CUSTOMER, { limit: 20 }) },
];
if (on80) {
  const require = createRequire(import.meta.url);
  const omise = require('omise')({ secretKey: KEY, omiseVersion: '2019-05-29', host: '127.0.0.1' }) as {
    transactions: { retrieve(id: string): Promise<unknown> };
    customers: { listCards(id: string, q: object): Promise<unknown> };
  };
  rows.push({ name: 'official omise 1.1.0 SDK', retrieve: () => omise.transactions.retrieve(BENCH_TRANSACTION), listCards: () => omise.customers.listCards(BENCH_CUSTOMER, { limit: 20 }) });
}

interface Measure {
  row: string;
  op: 'retrieve' | 'listCards';
  mode: 'sequential' | '16 in flight';
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

async function measure(name: string, fn: Call, concurrent: boolean): Promise<{ opsPerSec: number; p50Ms: number; p99Ms: number }> {
  const bench = new Bench({ time: TIME_MS, warmupTime: 300, ...(concurrent ? { concurrency: 'task' as const, threshold: 16 } : {}) });
  bench.add(name, fn);
  const started = performance.now();
  await bench.run();
  const task = bench.tasks[0]!;
  const result = task.result as unknown as { latency: { p50?: number; p99?: number }; totalTime: number; runs?: number };
  const wall = performance.now() - started;
  // Runs over the task's own measured time (warmup excluded); wall time as a fallback.
  const elapsed = result.totalTime > 0 ? result.totalTime : wall;
  return { opsPerSec: (task.runs / elapsed) * 1000, p50Ms: result.latency.p50 ?? Number.NaN, p99Ms: result.latency.p99 ?? Number.NaN };
}

// Every row is warmed up first, then measured in ROUNDS interleaved rounds keeping each row's best,
// so that the order of rows and the machine's drift favour none of them.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
for (const row of rows) for (let i = 0; i < 300; i++) await Promise.all([row.retrieve(), row.listCards()]);
const measures: Measure[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const op of ['retrieve', 'listCards'] as const) {
    for (const concurrent of [false, true]) {
      for (const row of rows) {
        const m = await measure(`${row.name} ${op}`, row[op], concurrent);
        const mode = concurrent ? ('16 in flight' as const) : ('sequential' as const);
        const previous = measures.find((x) => x.row === row.name && x.op === op && x.mode === mode);
        if (!previous) measures.push({ row: row.name, op, mode, ...m });
        else if (m.opsPerSec > previous.opsPerSec) Object.assign(previous, m);
        if (!JSON_OUT) console.log(`round ${round + 1} ${op.padEnd(10)} ${(concurrent ? '16' : '1').padStart(2)}  ${row.name.padEnd(34)} ${Math.round(m.opsPerSec).toString().padStart(7)} ops/s`);
      }
    }
  }
}

// Auto-pagination: cards/s and peak RSS growth, for 10k and 100k cards.
const gc = (globalThis as { gc?: () => void }).gc;
interface PageMeasure {
  transport: string;
  cards: number;
  cardsPerSec: number;
  rssGrowthMb: number;
  /** Heap still in use after a full GC, against the baseline: what the iteration retained. */
  retainedMb: number;
}
const pagination: PageMeasure[] = [];
prewarm(['cust_test_10000cards', 'cust_test_100000cards']);
for (const [transport, client] of [
  ['global fetch', ours],
  ['Node transport', oursNode],
] as const) {
  for (const [customer, count] of [
    ['cust_test_10000cards', 10_000],
    ['cust_test_100000cards', 100_000],
  ] as const) {
    gc?.();
    const baseline = process.memoryUsage.rss();
    const heapBaseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 5);
    const started = performance.now();
    let seen = 0;
    for await (const _card of client.customers.listAllCards(customer)) seen++;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss());
    if (seen !== count) throw new Error(`expected ${count} cards, got ${seen}`);
    gc?.();
    const retainedMb = (process.memoryUsage().heapUsed - heapBaseline) / 2 ** 20;
    pagination.push({ transport, cards: count, cardsPerSec: count / seconds, rssGrowthMb: (peak - baseline) / 2 ** 20, retainedMb });
    if (!JSON_OUT) console.log(`listAllCards ${count} via ${transport}: ${Math.round(count / seconds)} cards/s, RSS +${((peak - baseline) / 2 ** 20).toFixed(1)} MB`);
  }
}

// Cold start: importing the built package in a fresh process (median of 15).
const coldStarts: number[] = [];
for (let i = 0; i < 15; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', "const t = performance.now(); await import('./dist/index.js'); console.log(performance.now() - t);"], { cwd: ROOT, encoding: 'utf8' });
  coldStarts.push(Number(out.trim()));
}
coldStarts.sort((a, b) => a - b);
const coldStartMs = coldStarts[Math.floor(coldStarts.length / 2)]!;

await nodeTransport.close();
await server.close();

const find = (row: string, op: string, mode: string): Measure | undefined => measures.find((m) => m.row === row && m.op === op && m.mode === mode);
const ratio = (m: Measure, baseline: string): string => {
  const b = find(baseline, m.op, m.mode);
  return b ? (b.opsPerSec / m.opsPerSec).toFixed(2) : 'n/a';
};
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString()}. Machine: ${machine}.`,
  `Loopback HTTP with keep-alive, the \`node:http\` server in the same process. Each figure: tinybench, ${TIME_MS} ms per row after a 300 ms warm-up, best of ${ROUNDS} interleaved rounds; 16 in flight = tinybench task concurrency 16, latency per call.`,
  'Ratios are cost per call relative to the baseline (baseline ops/s ÷ row ops/s): below 1.00 is faster than the baseline.',
  on80 ? '' : '**The official omise SDK row is skipped**: it can only reach port 80, which this user cannot bind.',
  '',
  '| operation | in flight | client | ops/s | p50 ms | p99 ms | × floor (undici) | × bare openapi-fetch | × official SDK |',
  '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ...measures.map(
    (m) =>
      `| ${m.op} | ${m.mode === 'sequential' ? 1 : 16} | ${m.row} | ${Math.round(m.opsPerSec)} | ${m.p50Ms.toFixed(3)} | ${m.p99Ms.toFixed(3)} | ${ratio(m, 'undici request + JSON (floor)')} | ${ratio(m, 'bare openapi-fetch')} | ${on80 ? ratio(m, 'official omise 1.1.0 SDK') : 'skipped'} |`,
  ),
  '',
  '## Auto-pagination (`listAllCards`, 100 cards per page)',
  '',
  'Peak RSS growth is the high-water mark while iterating, which V8 lets rise with the garbage of more pages before a full collection; retained heap is what is still held after a forced GC, i.e. what the iteration keeps (one page at a time: it stays flat).',
  '',
  '| transport | cards | cards/s | peak RSS growth | retained heap after GC |',
  '|---|---:|---:|---:|---:|',
  ...pagination.map((p) => `| ${p.transport} | ${p.cards} | ${Math.round(p.cardsPerSec)} | ${p.rssGrowthMb.toFixed(1)} MB | ${p.retainedMb.toFixed(1)} MB |`),
  '',
  '## Cold start',
  '',
  `Importing \`dist/index.js\` in a fresh Node process: median ${coldStartMs.toFixed(1)} ms over ${coldStarts.length} runs.`,
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
if (JSON_OUT) console.log(JSON.stringify({ machine, timeMs: TIME_MS, measures, pagination, coldStartMs }, null, 2));
else console.log('bench/RESULTS.md written');
