// `npm run bench`: every client side by side, interleaved in one process and one run, against a
// loopback server in the same process (so a figure is the CPU cost of the client, not the
// scheduler's wake-up latency between two processes). Writes bench/RESULTS.md and, with --json,
// prints the raw figures. Benchmarks report; they never fail CI.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bareCalls, floorCalls, omiseCalls, type Calls } from './calls.js';
import { median, passOrders, slice, spread, type Tally } from './measure.js';
import { latencyScenario } from './latency.js';
import { LATENCY_MS, prewarm, startBenchServer, type BenchServer } from './server.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';
import { hooklessPair } from './without-hooks.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The built package, as users get it: imported by its own name, so that package.json's conditions
// pick the entry Node users get (tsx would add helpers of its own to every function).
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
const packageName = 'omise-openapi';
const { createOmiseClient } = (await import(packageName)) as typeof import('../src/index.node.js');
const JSON_OUT = process.argv.includes('--json');
const MS = Number(process.env.BENCH_MS ?? 400);
// A row's time in a round is cut into slices of 25 ms, interleaved with the other rows' slices: the
// machine's speed moves within 400 ms, and rows measured 400 ms apart differed by +-6 % in an A/A
// (a second bare openapi-fetch client as a row) where slices of 25 ms gave +-3 %; RESULTS.md's header
// says why that client is not a row.
const SLICE_MS = Math.max(1, Number(process.env.BENCH_SLICE_MS ?? 25));
const PASSES = Math.max(1, Math.round(MS / SLICE_MS));
// 25 rounds: the median of per-round ratios is what absorbs a round the machine slowed down in.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const KEY = MOCK_SECRET_KEY;
const log = (line: string): void => {
  if (!JSON_OUT) console.log(line);
};

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

interface Row extends Calls {
  name: string;
}

const FLOOR = 'undici request + JSON (floor)';
const BARE = 'bare openapi-fetch (global fetch)';
const SDK = 'official omise 1.1.0 SDK';
const onFetch = createOmiseClient({ secretKey: KEY, baseUrl: base, fetch: globalThis.fetch });
const byDefault = createOmiseClient({ secretKey: KEY, baseUrl: base });
const validating = createOmiseClient({ secretKey: KEY, baseUrl: base, validateResponses: true });
// What hooks and a logger cost when they are given (no-ops): without them, nothing is built.
const noop = (): void => undefined;
const observed = createOmiseClient({ secretKey: KEY, baseUrl: base, onRequest: noop, onResponse: noop, onRetry: noop, logger: { debug: noop } });
// What hooks cost when none is given: the client bundled as it is against the same bundle with the
// hooks' code cut out (bench/without-hooks.ts), both built by esbuild alike.
const pair = await hooklessPair();
const bundled = async (path: string): Promise<typeof createOmiseClient> => ((await import(pathToFileURL(path).href)) as { createOmiseClient: typeof createOmiseClient }).createOmiseClient;
const asIs = (await bundled(pair.asIs))({ secretKey: KEY, baseUrl: base });
const cutOut = (await bundled(pair.cutOut))({ secretKey: KEY, baseUrl: base });
const AS_IS = 'bundle as it is (default, no hooks given)';
const CUT_OUT = "bundle with the hooks' code cut out";

const rows: Row[] = [
  { name: FLOOR, ...floorCalls(base) },
  { name: BARE, ...bareCalls(base) },
  { name: 'omise-openapi, global fetch', ...omiseCalls(onFetch) },
  { name: 'omise-openapi, default (Node transport)', ...omiseCalls(byDefault) },
  { name: 'omise-openapi, default + hooks and logger (no-ops)', ...omiseCalls(observed) },
  { name: AS_IS, ...omiseCalls(asIs) },
  { name: CUT_OUT, ...omiseCalls(cutOut) },
  { name: 'omise-openapi, default + validateResponses', ...omiseCalls(validating) },
];
if (on80) {
  const require = createRequire(import.meta.url);
  const omise = require('omise')({ secretKey: KEY, omiseVersion: '2019-05-29', host: '127.0.0.1' }) as Parameters<typeof omiseCalls>[0];
  rows.push({ name: SDK, ...omiseCalls(omise) });
}

type Op = 'retrieve' | 'listCards';
const OPS: Op[] = ['retrieve', 'listCards'];
const IN_FLIGHT = [1, 16];
const key = (row: string, op: Op, inFlight: number): string => `${row}|${op}|${inFlight}`;
const samples = new Map<string, number[]>();

// Warm every row up, then take ROUNDS rounds. In a round, for each (operation, in flight), every row
// runs MS ms in slices of SLICE_MS, one slice per pass, each pass in a new (seeded) random order with no row
// twice in a row: drift of the machine touches all rows alike, and no row always follows the same one.
for (const row of rows) for (const op of OPS) await slice(row[op], 16, 400);
const nextOrder = passOrders(rows);
for (let round = 1; round <= ROUNDS; round++) {
  for (const op of OPS) {
    for (const inFlight of IN_FLIGHT) {
      const tallies = new Map<Row, Tally>(rows.map((row) => [row, { calls: 0, ms: 0 }]));
      for (let pass = 0; pass < PASSES; pass++) {
        for (const row of nextOrder()) {
          const { calls, ms } = await slice(row[op], inFlight, SLICE_MS);
          const tally = tallies.get(row)!;
          tally.calls += calls;
          tally.ms += ms;
        }
      }
      for (const [row, { calls, ms }] of tallies) {
        const ops = (calls / ms) * 1000;
        const k = key(row.name, op, inFlight);
        samples.set(k, [...(samples.get(k) ?? []), ops]);
        log(`round ${round} ${op.padEnd(9)} ${String(inFlight).padStart(2)} in flight  ${row.name.padEnd(50)} ${Math.round(ops).toString().padStart(6)} ops/s`);
      }
    }
  }
}

interface Measure {
  row: string;
  op: Op;
  inFlight: number;
  medianOps: number;
  spread: string;
  /** Median over rounds of (row's cost per call / baseline's), from the same round: below 1 is cheaper. */
  costVsFloor: number;
  costVsBare: number;
  /** Median over rounds of (row's throughput / the official SDK's), from the same round. */
  throughputVsSdk: number | undefined;
}

// Ratios are taken round by round (the machine's speed differs between rounds), then the median.
const paired = (row: string, op: Op, inFlight: number, baseline: string, invert: boolean): number | undefined => {
  const a = samples.get(key(row, op, inFlight));
  const b = samples.get(key(baseline, op, inFlight));
  if (!a || !b) return undefined;
  return median(a.map((ops, i) => (invert ? b[i]! / ops : ops / b[i]!)));
};
const measures: Measure[] = [];
for (const op of OPS) {
  for (const inFlight of IN_FLIGHT) {
    for (const row of rows) {
      const values = samples.get(key(row.name, op, inFlight))!;
      measures.push({
        row: row.name,
        op,
        inFlight,
        medianOps: median(values),
        spread: spread(values),
        costVsFloor: paired(row.name, op, inFlight, FLOOR, true)!,
        costVsBare: paired(row.name, op, inFlight, BARE, true)!,
        throughputVsSdk: paired(row.name, op, inFlight, SDK, false),
      });
    }
  }
}

// Auto-pagination: 100 000 cards, each client in a child process of its own (bench/paginate.ts) so
// that both start from the same clean heap; the server stays in this process.
interface PageMeasure {
  client: string;
  cards: number;
  cardsPerSec: number;
  rssGrowthMb: number;
  retainedMb: number;
}
prewarm(['cust_test_10000cards', 'cust_test_100000cards']);
const paginate = (via: 'default' | 'fetch'): Promise<PageMeasure> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/paginate.ts', base, 'cust_test_100000cards', via], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ client: via === 'default' ? 'default (Node transport)' : 'global fetch', ...(JSON.parse(out) as Omit<PageMeasure, 'client'>) }) : reject(new Error(`bench/paginate.ts exited ${code}`))));
  });
const pagination: PageMeasure[] = [];
for (const via of ['default', 'fetch'] as const) {
  const p = await paginate(via);
  pagination.push(p);
  log(`listAllCards ${p.cards} via ${p.client}: ${Math.round(p.cardsPerSec)} cards/s, peak RSS +${p.rssGrowthMb.toFixed(1)} MB`);
}

// Reconciliation over a 25 ms link: round trips, not CPU.
const latency = await latencyScenario(createOmiseClient, KEY, log);

// Cold start: importing the package in a fresh process (median of 15), as Node resolves it and as
// a bundler for the browser does (dist/index.js).
function coldStart(specifier: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import('${specifier}'); console.log(performance.now() - t);`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    runs.push(Number(out.trim()));
  }
  return median(runs);
}
const coldStartMs = { node: coldStart(packageName), browserEntry: coldStart('./dist/index.js') };

await Promise.all([byDefault.close(), validating.close(), observed.close(), asIs.close(), cutOut.close()]);
await server.close();

const ratio = (value: number | undefined): string => (value === undefined ? 'skipped' : value.toFixed(2));
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString()}. Machine: ${machine}.`,
  `Loopback HTTP with keep-alive, the \`node:http\` server in the same process. Each row ran ${PASSES} slices of ${SLICE_MS} ms per round for ${ROUNDS} rounds (after a warm-up), with 1 or 16 calls kept in flight, the slices interleaved with the other rows' (each pass in a new seeded random order, no row twice in a row); ops/s is the median over rounds, with the spread (min–max).`,
  'Ratios are taken round by round against the baseline measured in the same round, then their median: cost ÷ X below 1.00 is cheaper per call than X; throughput ÷ SDK above 1.00 is faster than the official SDK.',
  'What the method resolves, from A/A runs with a second bare openapi-fetch client as a row (not a row here: it runs the baseline\'s code twice as often, which flattered it by about 1 %): 0.97–1.02 in cost ÷ bare openapi-fetch. The seeded order is the same in every run.',
  '"default" is `createOmiseClient()` imported as Node users import it (`omise-openapi`, the "node" condition): the pooled Node transport, nothing to configure.',
  on80 ? '' : '**The official omise SDK row is skipped**: it can only reach port 80, which this user cannot bind.',
  '',
  '| operation | in flight | client | ops/s (median) | spread | cost ÷ floor | cost ÷ bare openapi-fetch | throughput ÷ official SDK |',
  '|---|---:|---|---:|---:|---:|---:|---:|',
  ...measures.map(
    (m) =>
      `| ${m.op} | ${m.inFlight} | ${m.row} | ${Math.round(m.medianOps)} | ${m.spread} | ${ratio(m.costVsFloor)} | ${ratio(m.costVsBare)} | ${ratio(m.throughputVsSdk)} |`,
  ),
  '',
  '## Hooks and logger, not given',
  '',
  "What the code for hooks and the logger costs a client given neither: the client bundled as it is, against the same bundle with the observer's branches cut out of the call path (`bench/without-hooks.ts`), both rows above. Cost per call, median over rounds of the same-round ratio; 1.00 is nothing measurable.",
  '',
  '| operation | in flight | cost ÷ with the hooks\' code cut out |',
  '|---|---:|---:|',
  ...OPS.flatMap((op) => IN_FLIGHT.map((inFlight) => `| ${op} | ${inFlight} | ${ratio(paired(AS_IS, op, inFlight, CUT_OUT, true))} |`)),
  '',
  '## Auto-pagination (`listAllCards`, 100 000 cards, 100 per page)',
  '',
  'Each client in a fresh child process (`bench/paginate.ts`), the server in the bench process. Peak RSS growth is the high-water mark while iterating, sampled every 5 ms, over the RSS after two warm-ups over 10 000 cards (the second after a forced GC, which hands back pages the next iteration takes again); retained heap is what is still held after a forced GC, against the heap after that first GC (the pages in the window only: it stays flat).',
  '',
  '| client | cards | cards/s | peak RSS growth | retained heap after GC |',
  '|---|---:|---:|---:|---:|',
  ...pagination.map((p) => `| ${p.client} | ${p.cards} | ${Math.round(p.cardsPerSec)} | ${p.rssGrowthMb.toFixed(1)} MB | ${p.retainedMb.toFixed(1)} MB |`),
  '',
  `## Reconciliation over a ${LATENCY_MS} ms link`,
  '',
  `Every answer delayed ${LATENCY_MS} ms by a server in a process of its own (\`bench/latency-server.ts\`, on 127.0.0.2). listAllCards reads 10 000 cards in pages of 100 (100 requests); retrieveMany reads 1 000 transactions. The limit is ceil(requests / concurrency) × ${LATENCY_MS} ms: no client can do better at that concurrency. The official SDK has no iterator: its users loop, one request after the other.`,
  '',
  '| job | client | concurrency | time | × limit | speed-up over the official SDK |',
  '|---|---|---:|---:|---:|---:|',
  ...latency.map((l) => {
    const sdkRow = latency.find((x) => x.job === l.job && x.client.startsWith('official'));
    return `| ${l.job} | ${l.client} | ${l.concurrency} | ${Math.round(l.ms)} ms | ${(l.ms / l.limitMs).toFixed(2)} | ${sdkRow ? `${(sdkRow.ms / l.ms).toFixed(1)}×` : 'skipped'} |`;
  }),
  '',
  '## Cold start',
  '',
  `Importing the package in a fresh Node process, median of 15 runs: \`omise-openapi\` as Node resolves it ${coldStartMs.node.toFixed(1)} ms; the browser entry (\`dist/index.js\`) ${coldStartMs.browserEntry.toFixed(1)} ms. undici is loaded on the first call, not on import.`,
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
if (JSON_OUT) console.log(JSON.stringify({ machine, ms: MS, sliceMs: SLICE_MS, rounds: ROUNDS, measures, pagination, latency, coldStartMs }, null, 2));
else console.log('bench/RESULTS.md written');
