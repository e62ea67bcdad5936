// The omise-openapi command as a child process: against the Prism mock and against a loopback fault
// server; output formats, exit codes, one-line errors, and never the key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type PrismServer } from '../src/mock/prism.js';
import { CardListServer } from './support/card-list-server.js';
import { CUSTOMER_ID, TRANSACTION_ID, card, cardPage, transaction } from './support/fixtures.js';
import { json, omiseError, resetBeforeHeaders, startServer, type Handler, type LoopbackServer } from './support/loopback-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'skey_test_clicanary0123456789';

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = await execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    reject: false,
    env: { OMISE_SECRET_KEY: KEY, ...env },
    extendEnv: true,
    timeout: 30_000,
  });
  // The key must never be printed, whatever happened.
  expect(result.stdout).not.toContain(KEY);
  expect(result.stderr).not.toContain(KEY);
  expect(result.stderr).not.toContain('clicanary');
  return result;
}

describe('against the Prism mock', () => {
  let mock: PrismServer;
  beforeAll(async () => {
    mock = await startPrism();
  });
  afterAll(() => mock.stop());

  it('transaction prints JSON when piped', async () => {
    const r = await cli(['--base-url', mock.url, 'transaction', TRANSACTION_ID]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ object: 'transaction', id: TRANSACTION_ID, direction: 'credit' });
  });

  it('transaction --format table reads as a table', async () => {
    const r = await cli(['--base-url', mock.url, 'transaction', TRANSACTION_ID, '--format', 'table']);
    expect(r.stdout).toMatch(/^amount\s+960\.94 THB \(96094 minor units\)$/m);
  });

  it('cards --format csv has a header row and one row per card', async () => {
    const r = await cli(['--base-url', mock.url, 'cards', CUSTOMER_ID, '--format', 'csv']);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('object,id,livemode,location,deleted,brand,last_digits')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('cards --all --format json is a JSON array of every card', async () => {
    const r = await cli(['--base-url', mock.url, 'cards', CUSTOMER_ID, '--all']);
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ brand: string }>).map((c) => c.brand)).toEqual(['Visa', 'MasterCard', 'JCB']);
  });

  it('--mock starts and stops its own mock, with no key needed', async () => {
    const r = await cli(['--mock', 'cards', CUSTOMER_ID, '--format', 'table'], { OMISE_SECRET_KEY: undefined });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+BRAND\s+LAST4/);
    expect(r.stdout).toMatch(/3 of 3 cards/);
  });
});

describe('against a loopback fault server', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const run = (handler: Handler, args: string[]) => {
    server.handle(handler);
    return cli(['--base-url', server.url, '--max-retries', '1', '--timeout', '2000', ...args]);
  };

  it.each([
    ['404', omiseError(404, 'not_found', 'transaction was not found'), 4, /\[not_found\].*Check the id/],
    ['401', omiseError(401, 'authentication_failure', 'authentication failed'), 3, /\[authentication_failure\].*secret key/],
    ['503', omiseError(503, 'service_unavailable', 'busy'), 5, /\[service_unavailable\].*after 2 attempts.*status\.omise\.co/],
    ['a reset', resetBeforeHeaders, 5, /Could not get an answer/],
    ['a 200 that is not JSON', (_req, res) => res.end('<html>'), 1, /\[invalid_response\]/],
  ] as Array<[string, Handler, number, RegExp]>)('%s: one line on stderr, exit %i', async (_name, handler, code, message) => {
    const r = await run(handler, ['transaction', TRANSACTION_ID]);
    expect(r.exitCode).toBe(code);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^omise-openapi: transaction trxn_test_\w+ failed/);
    expect(lines[0]).toMatch(message);
  });

  it('usage errors exit 2 before any request', async () => {
    const before = server.requests.length;
    for (const args of [['cards'], ['cards', CUSTOMER_ID, '--limit', '500'], ['cards', CUSTOMER_ID, '--limit', 'ten'], ['transaction', '../etc/passwd'], ['refund', 'x']]) {
      expect((await cli(['--base-url', server.url, ...args])).exitCode).toBe(2);
    }
    expect(server.requests.length).toBe(before);
  });

  it('a missing or public key exits 3 with a clear line', async () => {
    const missing = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID], { OMISE_SECRET_KEY: '' });
    expect(missing.exitCode).toBe(3);
    expect(missing.stderr).toMatch(/OMISE_SECRET_KEY/);
    const pkey = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID], { OMISE_SECRET_KEY: 'pkey_test_clicanary0123456789' });
    expect(pkey.exitCode).toBe(3);
    expect(pkey.stderr).toMatch(/public keys cannot call this API/);
    expect(pkey.stderr).not.toContain('clicanary');
  });

  it('CSV escapes commas, quotes and line breaks', async () => {
    const tricky = { ...card(1), name: 'Doe, "Jay"\nJr', city: 'Bang,kok' };
    server.handle(json(200, { ...cardPage(0, 0, 20), data: [tricky], total: 1 }));
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'csv']);
    expect(r.stdout).toContain(',"Doe, ""Jay""\nJr",');
    expect(r.stdout).toContain(',"Bang,kok",');
  });

  it('cards --all over 250 cards, 3 pages at once: every row in order, progress as "n of total"', async () => {
    const list = new CardListServer(250, CUSTOMER_ID);
    server.handle(list.handler);
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--concurrency', '3', '--format', 'csv']);
    expect(r.exitCode).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(251);
    expect(rows.slice(1).map((row) => row.split(',')[1])).toEqual(list.cards.map((c) => c.id));
    expect(r.stderr).toMatch(/100 of 250 cards/);
    expect(r.stderr).toMatch(/200 of 250 cards/);
  });

  it('cards --all --max-items stops there', async () => {
    server.handle(new CardListServer(1000, CUSTOMER_ID).handler);
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--max-items', '120', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(120);
  });

  describe('transactions (bulk retrieval)', () => {
    const ids = ['trxn_test_aaa1', 'trxn_test_missing', 'trxn_test_aaa2'];
    const byId: Handler = (req, res, i) => {
      const id = req.url?.split('/').pop() ?? '';
      const handler = id.includes('missing') ? omiseError(404, 'not_found', `transaction ${id} was not found`) : json(200, { ...transaction(), id, location: `/transactions/${id}` });
      return handler(req, res, i);
    };

    it('--ids-file: one row per id in order, a status column, exit 6 when some failed', async () => {
      server.handle(byId);
      const dir = mkdtempSync(join(tmpdir(), 'omise-ids-'));
      const file = join(dir, 'ids.txt');
      writeFileSync(file, `# settlement 2024-11-24\n${ids.join('\n')}\n\n`);
      try {
        const r = await cli(['--base-url', server.url, 'transactions', '--ids-file', file, '--format', 'csv']);
        expect(r.exitCode).toBe(6);
        const rows = r.stdout.trimEnd().split('\r\n');
        expect(rows[0]?.startsWith('id,status,error,object,livemode')).toBe(true);
        expect(rows.slice(1).map((row) => row.split(',').slice(0, 2).join(','))).toEqual(['trxn_test_aaa1,ok', 'trxn_test_missing,not_found', 'trxn_test_aaa2,ok']);
        expect(r.stderr).toMatch(/1 of 3 transactions failed/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('ids on standard input, JSON out, exit 0 when all succeed', async () => {
      server.handle(byId);
      const r = await execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--base-url', server.url, 'transactions', '--format', 'json'], {
        cwd: ROOT,
        reject: false,
        env: { OMISE_SECRET_KEY: KEY },
        input: 'trxn_test_aaa1\ntrxn_test_aaa2\n',
      });
      expect(r.exitCode).toBe(0);
      expect((JSON.parse(r.stdout) as Array<{ id: string; status: string }>).map((x) => [x.id, x.status])).toEqual([
        ['trxn_test_aaa1', 'ok'],
        ['trxn_test_aaa2', 'ok'],
      ]);
    });

    it('a malformed id anywhere: exit 2 before any request', async () => {
      const before = server.requests.length;
      const r = await cli(['--base-url', server.url, 'transactions', 'trxn_test_aaa1', 'chrg_test_nope']);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/transactionIds\[1\]/);
      expect(server.requests.length).toBe(before);
    });
  });
});

it('json transaction output equals what the API sent', async () => {
  const server = await startServer(json(200, transaction()));
  try {
    const r = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID, '--json']);
    expect(JSON.parse(r.stdout)).toEqual(transaction());
  } finally {
    await server.close();
  }
});
