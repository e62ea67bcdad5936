// The reconciliation scenario: an API 25 ms away (the bench server delays every "slow" answer), 10 000
// cards in pages of 100 and 1 000 transactions. What bounds a job there is the round trips, not the
// CPU: our iterators at concurrency 1, 4, 8 and 10 against the official SDK's sequential loops, and
// against the physical limit ceil(requests / concurrency) x 25 ms.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { createOmiseClient as Create } from '../src/index.node.js';
import { LATENCY_MS, SLOW_CUSTOMER } from './server.js';

export interface LatencyRow {
  job: 'listAllCards, 10 000 cards' | 'retrieveMany, 1 000 transactions';
  client: string;
  concurrency: number;
  ms: number;
  requests: number;
  limitMs: number;
}

interface OfficialSdk {
  transactions: { retrieve(id: string): Promise<unknown> };
  customers: { listCards(id: string, q: object): Promise<{ data: unknown[]; total: number }> };
}

const CARDS = 10_000;
const PAGE = 100;
const TRANSACTIONS = 1_000;
const ids = Array.from({ length: TRANSACTIONS }, (_, i) => `trxn_test_slow${i.toString(36).padStart(5, '0')}`);
const limitMs = (requests: number, concurrency: number): number => Math.ceil(requests / concurrency) * LATENCY_MS;

async function timed(run: () => Promise<number>): Promise<{ ms: number; count: number }> {
  const started = performance.now();
  const count = await run();
  return { ms: performance.now() - started, count };
}

// The server runs in a child process (bench/latency-server.ts), so that its CPU is not the client's.
async function startServerProcess(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/latency-server.ts'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`bench/latency-server.ts exited ${code}`)));
  });
  return { url, stop: () => child.stdin.end() };
}

export async function latencyScenario(createOmiseClient: typeof Create, key: string, log: (line: string) => void): Promise<LatencyRow[]> {
  const server = await startServerProcess();
  try {
    const omise = createOmiseClient({ secretKey: key, baseUrl: server.url });
    const port = new URL(server.url).port;
    const sdk = port === '' ? (createRequire(import.meta.url)('omise')({ secretKey: key, omiseVersion: '2019-05-29', host: '127.0.0.2' }) as OfficialSdk) : undefined;
    const rows = await measure(omise, sdk, log);
    await omise.close();
    return rows;
  } finally {
    server.stop();
  }
}

async function measure(omise: ReturnType<typeof Create>, sdk: OfficialSdk | undefined, log: (line: string) => void): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  const add = (row: LatencyRow): void => {
    rows.push(row);
    log(`${row.job}: ${row.client} at ${row.concurrency}: ${Math.round(row.ms)} ms (limit ${row.limitMs} ms)`);
  };
  for (const concurrency of [1, 4, 8, 10]) {
    const cards = await timed(async () => {
      let n = 0;
      for await (const _card of omise.customers.listAllCards(SLOW_CUSTOMER, { pageSize: PAGE, concurrency })) n++;
      return n;
    });
    if (cards.count !== CARDS) throw new Error(`expected ${CARDS} cards, got ${cards.count}`);
    add({ job: 'listAllCards, 10 000 cards', client: 'omise-openapi', concurrency, ms: cards.ms, requests: CARDS / PAGE, limitMs: limitMs(CARDS / PAGE, concurrency) });
    const trxns = await timed(async () => {
      let n = 0;
      for await (const result of omise.transactions.retrieveMany(ids, { concurrency })) if (result.ok) n++;
      return n;
    });
    if (trxns.count !== TRANSACTIONS) throw new Error(`expected ${TRANSACTIONS} transactions, got ${trxns.count}`);
    add({ job: 'retrieveMany, 1 000 transactions', client: 'omise-openapi', concurrency, ms: trxns.ms, requests: TRANSACTIONS, limitMs: limitMs(TRANSACTIONS, concurrency) });
  }
  if (sdk) {
    // What every other SDK's users write: an offset loop, one page after the other.
    const cards = await timed(async () => {
      let offset = 0;
      for (;;) {
        const page = await sdk.customers.listCards(SLOW_CUSTOMER, { limit: PAGE, offset });
        offset += page.data.length;
        if (page.data.length === 0 || offset >= page.total) return offset;
      }
    });
    add({ job: 'listAllCards, 10 000 cards', client: 'official omise 1.1.0 SDK, offset loop', concurrency: 1, ms: cards.ms, requests: CARDS / PAGE, limitMs: limitMs(CARDS / PAGE, 1) });
    const trxns = await timed(async () => {
      for (const id of ids) await sdk.transactions.retrieve(id);
      return ids.length;
    });
    add({ job: 'retrieveMany, 1 000 transactions', client: 'official omise 1.1.0 SDK, sequential loop', concurrency: 1, ms: trxns.ms, requests: TRANSACTIONS, limitMs: limitMs(TRANSACTIONS, 1) });
  }
  return rows;
}
