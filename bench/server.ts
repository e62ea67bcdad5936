// The benchmark's loopback server: node:http with keep-alive, fixed Omise-shaped bodies for both
// endpoints, and a customer with 100 000 cards served page by page.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mockData } from '../src/testing/data-set.js';
import { MOCK_IDS, generatedCard } from '../src/testing/fixtures.js';

export const BENCH_CUSTOMER = MOCK_IDS.customerWithCards;
export const BENCH_TRANSACTION = MOCK_IDS.transactionCredit;
export const BIG_CUSTOMER = 'cust_test_100000cards';
/** Ids with "slow" in them are answered after LATENCY_MS, like an API across a network. */
export const SLOW_CUSTOMER = 'cust_test_slow10000cards';
export const LATENCY_MS = 25;
export const BIG_CUSTOMER_CARDS = 100_000;
export const CUSTOMERS_WITH: Record<string, number> = {
  [BENCH_CUSTOMER]: 20,
  cust_test_10000cards: 10_000,
  [BIG_CUSTOMER]: BIG_CUSTOMER_CARDS,
  [SLOW_CUSTOMER]: 10_000,
};

const TRANSACTION = JSON.stringify(mockData().objects.get(`/transactions/${BENCH_TRANSACTION}`));

// A second apart, as cards created one by one are (a list of identical creation times is the
// iterator's worst case, not a real one).
const card = (customer: string, i: number): string => JSON.stringify(generatedCard(customer, i, Date.UTC(2024, 2, 1), 1000));

// Pages are built once and kept: the server must not be what the benchmark measures. Memory
// figures are taken after prewarm() has built them, so the cache does not count as the client's.
const pages = new Map<string, string>();
function page(customer: string, total: number, offset: number, limit: number): string {
  const key = `${customer}:${offset}:${limit}`;
  let body = pages.get(key);
  if (body === undefined) {
    const data: string[] = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) data.push(card(customer, i));
    body = `{"object":"list","data":[${data.join(',')}],"limit":${limit},"offset":${offset},"total":${total},"order":"chronological","location":"/customers/${customer}/cards","from":"1970-01-01T00:00:00Z","to":"2024-11-24T10:00:00Z"}`;
    if (pages.size < 5000) pages.set(key, body);
  }
  return body;
}

/** Builds every page of `limit` cards of these customers into the cache. */
export function prewarm(customers: string[], limit = 100): void {
  for (const customer of customers) {
    const total = CUSTOMERS_WITH[customer] ?? 0;
    for (let offset = 0; offset < total; offset += limit) page(customer, total, offset, limit);
  }
}

export interface BenchServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startBenchServer(port = 0, host = '127.0.0.1'): Promise<BenchServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.includes('slow')) setTimeout(() => answer(req.url ?? '/', res), LATENCY_MS);
    else answer(url, res);
  });
  function answer(url: string, res: ServerResponse): void {
    let body: string;
    const cards = /^\/customers\/([^/]+)\/cards(?:\?(.*))?$/.exec(url);
    if (url.startsWith('/transactions/')) {
      // The transaction asked for, as Omise answers (the client holds an answer to the id it asked).
      const id = url.slice('/transactions/'.length);
      body = id === BENCH_TRANSACTION ? TRANSACTION : TRANSACTION.replaceAll(BENCH_TRANSACTION, id);
    } else if (cards) {
      const query = new URLSearchParams(cards[2] ?? '');
      const customer = cards[1]!;
      body = page(customer, CUSTOMERS_WITH[customer] ?? 0, Number(query.get('offset') ?? 0), Number(query.get('limit') ?? 20));
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"object":"error","location":"https://www.omise.co/api-errors#not-found","code":"not_found","message":"not found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }
  server.keepAliveTimeout = 60_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
