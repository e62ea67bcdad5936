// omise-openapi/testing in-process: the partner mock's answers with no port and no process, alone and
// under the client, and an entry point a browser bundle can take.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OmiseAuthenticationError,
  OmiseBadRequestError,
  OmiseNotFoundError,
  OmiseRateLimitError,
  OmiseServerError,
  createOmiseClient,
} from '../src/index.node.js';
import { MOCK_IDS, MOCK_SECRET_KEY, createMockFetch, type MockFetch } from '../src/testing/index.js';
import { AUTH, MOCK_CASES, runCase } from './support/mock-cases.js';

const ORIGIN = 'https://api.omise.co';

// No socket, server or other handle may be opened by the in-process mock: what was active before each
// test is what is active after it (timers aside: the test runner keeps one per test).
const handles = (): string[] => process.getActiveResourcesInfo().filter((name) => name !== 'Timeout' && name !== 'Immediate').sort();
let activeBefore: string[];
beforeEach(() => {
  activeBefore = handles();
});
afterEach(() => {
  expect(handles()).toEqual(activeBefore);
});

describe('createMockFetch answers each request as Omise does', () => {
  const mockFetch = createMockFetch();
  for (const c of MOCK_CASES) it(c.title, () => runCase((path, headers) => mockFetch(`${ORIGIN}${path}`, { headers }), c));
});

describe('createMockFetch under the client', () => {
  // Steers one scenario, as a partner's test would.
  const prefer = (mock: MockFetch, value: string): MockFetch => (input, init) => mock(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), prefer: value } });
  const client = (fetch: MockFetch = createMockFetch(), key = MOCK_SECRET_KEY) =>
    createOmiseClient({ secretKey: key, fetch, initialRetryDelayMs: 0, maxRetryDelayMs: 0 });

  it('pages through 250 cards, each exactly once, in creation order, under concurrency', async () => {
    const ids: string[] = [];
    const cards = client().customers.listAllCards(MOCK_IDS.customerWithManyCards, { pageSize: 40, concurrency: 4 });
    for await (const card of cards) ids.push(card.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(ids[0]).toBe('card_test_5g0m0000manycards');
    expect(ids[249]).toBe('card_test_5g0m0249manycards');
    expect(cards.total).toBe(250);
  });

  it('a window and an order the client sends are honoured', async () => {
    const page = await client().customers.listCards(MOCK_IDS.customerWithManyCards, {
      from: '2024-01-03T00:00:00Z',
      to: '2024-01-03T09:59:59Z',
      order: 'reverse_chronological',
      limit: 3,
    });
    expect(page.total).toBe(10);
    expect(page.data.map((c) => c.created_at)).toEqual(['2024-01-03T09:00:00Z', '2024-01-03T08:00:00Z', '2024-01-03T07:00:00Z']);
  });

  it('retrieveMany returns every fixture transaction, and a 404 for an unknown one, in order', async () => {
    const ids = [MOCK_IDS.transactionCredit, MOCK_IDS.transactionDebitUsd, 'trxn_test_unknown0000000000', MOCK_IDS.transactionCreditJpy];
    const results = [];
    for await (const result of client().transactions.retrieveMany(ids)) results.push(result);
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.map((r) => (r.ok ? r.transaction.currency : r.error.name))).toEqual(['THB', 'USD', 'OmiseNotFoundError', 'JPY']);
  });

  it('errors arrive as the client\'s typed errors', async () => {
    await expect(client().transactions.retrieve('trxn_test_unknown0000000000')).rejects.toBeInstanceOf(OmiseNotFoundError);
    await expect(client(prefer(createMockFetch(), 'code=401')).transactions.retrieve(MOCK_IDS.transactionCredit)).rejects.toBeInstanceOf(OmiseAuthenticationError);
    await expect(client(prefer(createMockFetch(), 'code=400')).customers.listCards(MOCK_IDS.customerWithCards)).rejects.toBeInstanceOf(OmiseBadRequestError);
    await expect(client(prefer(createMockFetch(), 'code=429')).transactions.retrieve(MOCK_IDS.transactionCredit, { maxRetries: 0 })).rejects.toBeInstanceOf(
      OmiseRateLimitError,
    );
  });

  it('a 503 is retried as from the real API, and the call says how many attempts it made', async () => {
    let calls = 0;
    const counting: MockFetch = (input, init) => {
      calls++;
      return prefer(createMockFetch(), 'code=503')(input, init);
    };
    const omise = createOmiseClient({ secretKey: MOCK_SECRET_KEY, fetch: counting, initialRetryDelayMs: 0, maxRetryDelayMs: 0, maxRetries: 2 });
    const error = await omise.transactions.retrieve(MOCK_IDS.transactionCredit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OmiseServerError);
    expect(calls).toBe(3);
  }, 30_000);

  it('an aborted signal rejects as fetch does, and nothing is answered', async () => {
    const mockFetch = createMockFetch();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(mockFetch(`${ORIGIN}/transactions/${MOCK_IDS.transactionCredit}`, { signal: controller.signal })).rejects.toThrow('stop');
  });

  it('a clock of the caller\'s sets the default `to`, so answers can be pinned exactly', async () => {
    const mockFetch = createMockFetch({ now: () => new Date('2025-01-01T00:00:00.456Z') });
    const res = await mockFetch(`${ORIGIN}/customers/${MOCK_IDS.customerWithCards}/cards`, { headers: AUTH });
    expect(((await res.json()) as { to: string }).to).toBe('2025-01-01T00:00:00Z');
  });
});

// Every source file a browser bundle of this entry takes in.
async function browserBundleInputs(entry: string, external: string[] = []): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    external,
  });
  return Object.keys(result.metafile.inputs);
}

describe('omise-openapi/testing as a package entry', () => {
  it('bundles for a browser: no Node built-in and no Prism anywhere in its graph', async () => {
    const inputs = await browserBundleInputs('../src/testing/index.ts');
    expect(inputs.filter((path) => /^node:|prism|node_modules/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.endsWith('src/testing/engine.ts'))).toBe(true);
  });

  it('adds nothing to the core: the client entry does not reach the testing code', async () => {
    const inputs = await browserBundleInputs('../src/index.ts', ['openapi-fetch']);
    expect(inputs.filter((path) => path.includes('src/testing/') || path.includes('generated/responses'))).toEqual([]);
  });
});
