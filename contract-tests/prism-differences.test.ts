// Where Prism, run on the shipped openapi.yaml (as a team without Node would: `prism mock
// openapi.yaml`), answers otherwise than Omise and than this package's mock. Each row of the table of
// docs/prism.md is one test here, against a Prism started on the shipped spec and against our mock;
// the table's rows are held to the list below.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEC_PATH } from '../scripts/spec.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { MOCK_IDS } from '../src/testing/index.js';
import { basicAuth, rawRequest } from './support/clients.js';
import { prismEntry } from './support/prism.js';
import { specValidators } from './support/spec-cases.js';

const validator = specValidators();
const KEY_AUTH = { authorization: basicAuth() };
const CARDS = `/customers/${MOCK_IDS.customerWithCards}/cards`;
const TRXN = `/transactions/${MOCK_IDS.transactionCredit}`;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ log: () => undefined });
});
afterAll(() => mock.close());

const prism = (path: string, headers: Record<string, string> = KEY_AUTH): Promise<Response> => rawRequest(path, headers);
const ours = (path: string, headers: Record<string, string> = KEY_AUTH): Promise<Response> => fetch(`${mock.url}${path}`, { headers });

/** The first cell of each row of docs/prism.md's table, in order. */
const PRISM_ROWS = [
  'No `Authorization`',
  'A public key (`pkey_test_...`)',
  'An id nobody has',
  'A malformed id (`/transactions/abc`)',
  '`order=newest`',
  '`offset=2` on a customer with 3 cards',
  '`Prefer: code=503`',
  '`GET /openapi.yaml`',
] as const;

describe('Prism on the shipped spec, beside our mock', () => {
  it('No `Authorization`: both 401 authentication_failure; ours also challenges (WWW-Authenticate), which HTTP clients wait for', async () => {
    const [p, o] = await Promise.all([prism(TRXN, {}), ours(TRXN, {})]);
    expect([p.status, o.status]).toEqual([401, 401]);
    expect(((await p.json()) as { code: string }).code).toBe('authentication_failure');
    expect(((await o.json()) as { code: string }).code).toBe('authentication_failure');
    expect(p.headers.get('www-authenticate')).toBeNull();
    expect(o.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  it('A public key (`pkey_test_...`): Prism answers 200, ours 401 as Omise', async () => {
    const pkey = { authorization: basicAuth('pkey_test_5fz0oluu2v7vk6cnsqx') };
    const [p, o] = await Promise.all([prism(TRXN, pkey), ours(TRXN, pkey)]);
    expect([p.status, o.status]).toEqual([200, 401]);
  });

  it("An id nobody has: Prism answers 200 with the first example (another transaction's id), ours 404 naming it", async () => {
    const path = '/transactions/trxn_test_nobodyhasthis00000';
    const [p, o] = await Promise.all([prism(path), ours(path)]);
    expect([p.status, o.status]).toEqual([200, 404]);
    expect(((await p.json()) as { id: string }).id).toBe(MOCK_IDS.transactionCredit);
    expect(((await o.json()) as { message: string }).message).toBe('transaction trxn_test_nobodyhasthis00000 was not found');
  });

  it('A malformed id (`/transactions/abc`): Prism answers 422 application/problem+json, ours 404 as Omise', async () => {
    const [p, o] = await Promise.all([prism('/transactions/abc'), ours('/transactions/abc')]);
    expect([p.status, o.status]).toEqual([422, 404]);
    expect(p.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await o.json()) as { code: string }).code).toBe('not_found');
  });

  it("`order=newest`: both 400, but Prism's message is its first example's, about limit; ours names order", async () => {
    const [p, o] = await Promise.all([prism(`${CARDS}?order=newest`), ours(`${CARDS}?order=newest`)]);
    expect([p.status, o.status]).toEqual([400, 400]);
    expect(((await p.json()) as { message: string }).message).toMatch(/^limit /);
    expect(((await o.json()) as { message: string }).message).toBe('order must be one of chronological, reverse_chronological');
    // The named example of the spec gets Prism to say it.
    const named = await prism(`${CARDS}?order=newest`, { ...KEY_AUTH, prefer: 'code=400, example=bad_order' });
    expect(((await named.json()) as { message: string }).message).toMatch(/^order /);
  });

  it('`offset=2` on a customer with 3 cards: Prism ignores the offset (the whole example), ours answers the third card', async () => {
    const [p, o] = await Promise.all([prism(`${CARDS}?offset=2`), ours(`${CARDS}?offset=2`)]);
    type Page = { offset: number; data: unknown[]; total: number };
    const [pPage, oPage] = (await Promise.all([p.json(), o.json()])) as [Page, Page];
    expect([pPage.offset, pPage.data.length]).toEqual([0, 3]);
    expect([oPage.offset, oPage.data.length, oPage.total]).toEqual([2, 1, 3]);
  });

  it('`Prefer: code=503`: both the example, only ours with Retry-After (which the client honours)', async () => {
    const prefer = { ...KEY_AUTH, prefer: 'code=503' };
    const [p, o] = await Promise.all([prism(TRXN, prefer), ours(TRXN, prefer)]);
    expect([p.status, o.status]).toEqual([503, 503]);
    expect(validator('Error')(await p.json())).toBe(true);
    expect([p.headers.get('retry-after'), o.headers.get('retry-after')]).toEqual([null, '1']);
  });

  it('`GET /openapi.yaml`: Prism has no such path (404), ours serves the spec byte for byte', async () => {
    const [p, o] = await Promise.all([prism('/openapi.yaml'), ours('/openapi.yaml')]);
    expect([p.status, o.status]).toEqual([404, 200]);
    expect(await o.text()).toBe(readFileSync(SPEC_PATH, 'utf8'));
  });

  it("docs/prism.md's table has these rows, in this order", () => {
    const readme = readFileSync(new URL('../docs/prism.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| request | Omise | this package\'s mock | Prism |'));
    const firstCells = table
      .split('\n')
      .slice(2)
      .filter((line) => line.startsWith('| '))
      .map((line) => line.split(' | ')[0]!.slice(2));
    expect(firstCells.slice(0, PRISM_ROWS.length)).toEqual([...PRISM_ROWS]);
  });
});

// `prism proxy openapi.yaml <upstream> --errors`: how a partner checks its own traffic against the
// contract. A loopback upstream answers one conforming and one broken transaction.
describe('Prism as a validation proxy in front of an upstream', () => {
  const good = { object: 'transaction', id: MOCK_IDS.transactionCredit, livemode: false, location: TRXN, amount: 96094, currency: 'THB', direction: 'credit', key: 'charge.captured.net', origin: 'chrg_test_5fz0ol3bn1mdrc3t0kq', transferable_at: '2024-03-08T04:12:10Z', created_at: '2024-03-01T04:12:10Z' };
  let upstream: Server;
  let proxy: ResultPromise;
  let proxyUrl = '';
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const body = req.url?.includes('broken') ? { ...good, amount: '96094', direction: 'sideways' } : good;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = await getPort({ host: '127.0.0.1' });
    proxyUrl = `http://127.0.0.1:${port}`;
    const target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    proxy = execa(process.execPath, [prismEntry(), 'proxy', SPEC_PATH, target, '--errors', '-h', '127.0.0.1', '-p', String(port), '-v', 'error'], { reject: false, cleanup: true, stdin: 'ignore', buffer: false, forceKillAfterDelay: 3000 });
    for (let i = 0; i < 900; i++) {
      if (await fetch(proxyUrl, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('prism proxy did not start');
  }, 120_000);
  afterAll(async () => {
    proxy?.kill('SIGTERM');
    await proxy;
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('a conforming answer passes through unchanged', async () => {
    const res = await fetch(`${proxyUrl}${TRXN}`, { headers: KEY_AUTH });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(good);
  });

  it('a body that breaks the contract is flagged: 500 problem+json naming each violation', async () => {
    const res = await fetch(`${proxyUrl}/transactions/trxn_test_broken0000000000`, { headers: KEY_AUTH });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { validation: Array<{ location: string[]; code: string }> };
    expect(problem.validation.map((v) => `${v.location.join('.')} ${v.code}`)).toEqual(['response.body.amount type', 'response.body.direction enum']);
  });
});
