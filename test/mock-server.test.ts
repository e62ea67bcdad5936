// `npm run mock` as a partner team runs it: a real process on a real port, asked with plain HTTP and
// with the official omise SDK, stopped with SIGTERM. And the spec check in front of every answer.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationTable } from '../generated/operations.js';
import { startMockServer } from '../src/mock/server.js';
import { MOCK_IDS, MOCK_SECRET_KEY, mockData } from '../src/testing/index.js';
import type { Card } from '../src/types.js';
import { AUTH, MOCK_CASES, runCase, type Ask } from './support/mock-cases.js';
import { alive, descendants } from './support/processes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUEST_LINE = /^GET \S+ -> \d{3} \(\d+\.\d ms\)$/;

async function portIsFree(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// Polls a condition a bounded number of times: processes start and log at the machine's pace.
async function eventually(condition: () => boolean, what: string, attempts = 300): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('npm run mock -- --quiet, as a process', () => {
  let port: number;
  let base: string;
  let child: ResultPromise;
  let stdout = '';
  let stderr = '';
  let requests = 0;
  const requestLines = (): string[] => stdout.split('\n').filter((line) => REQUEST_LINE.test(line));
  const ask: Ask = (path, headers) => {
    requests++;
    return fetch(`${base}${path}`, { headers });
  };

  beforeAll(async () => {
    port = await getPort({ host: '127.0.0.1' });
    base = `http://127.0.0.1:${port}`;
    child = execa('npm', ['run', '--silent', 'mock', '--', '--quiet'], { cwd: ROOT, reject: false, env: { PORT: String(port) }, buffer: false });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await eventually(() => stdout.includes('Ctrl-C or SIGTERM to stop') || child.exitCode !== null, 'the mock to listen');
    expect(stdout, stderr).toContain(`listening on ${base}`);
  }, 60_000);

  // Safety net if a test failed before the SIGTERM test: never leave the mock running.
  afterAll(async () => {
    for (const pid of child.pid ? descendants(child.pid) : []) process.kill(pid, 'SIGKILL');
    child.kill('SIGKILL');
    await child;
  });

  for (const c of MOCK_CASES) it(c.title, () => runCase(ask, c));

  it('--quiet: one log line per request, none with the key', async () => {
    await eventually(() => requestLines().length >= requests, `${requests} request lines`);
    expect(requestLines()).toHaveLength(requests);
    const after = stdout.slice(stdout.indexOf('Ctrl-C or SIGTERM to stop'));
    expect(after.trim().split('\n').slice(1)).toEqual(requestLines());
    expect(stdout).not.toContain(btoa(`${MOCK_SECRET_KEY}:`));
  });

  it('the official omise Node SDK works against it, told to use the mock as its proxy (the SDK has no port option)', async () => {
    // omise 1.x sends to host:443, or through $http_proxy: the mock tunnels a CONNECT to itself.
    const script = `
      const omise = require('omise')({ secretKey: process.env.KEY, omiseVersion: '2019-05-29' });
      (async () => {
        const page = await omise.customers.listCards(${JSON.stringify(MOCK_IDS.customerWithManyCards)}, { limit: 100, offset: 200 });
        const transaction = await omise.transactions.retrieve(${JSON.stringify(MOCK_IDS.transactionDebitUsd)});
        const missing = await omise.transactions.retrieve('trxn_test_missing00000000000').catch((e) => e);
        const refused = await require('omise')({ secretKey: 'pkey_test_123' }).transactions.retrieve(${JSON.stringify(MOCK_IDS.transactionCredit)}).catch((e) => e);
        process.stdout.write(JSON.stringify({ page, transaction, missing, refused }));
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['-e', script],
        { cwd: ROOT, timeout: 60_000, env: { PATH: process.env.PATH, KEY: MOCK_SECRET_KEY, OMISE_SCHEME: 'http', http_proxy: base } },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    const { page, transaction, missing, refused } = JSON.parse(output) as Record<string, Record<string, unknown>>;
    expect(page).toMatchObject({ object: 'list', total: 250, offset: 200, limit: 100 });
    expect(page?.data).toHaveLength(50);
    expect(transaction).toMatchObject({ id: MOCK_IDS.transactionDebitUsd, currency: 'USD', direction: 'debit' });
    // The SDK hands Omise's error object to its caller: the mock's is Omise's shape.
    expect(missing).toMatchObject({ object: 'error', code: 'not_found', message: 'transaction trxn_test_missing00000000000 was not found' });
    expect(refused).toMatchObject({ object: 'error', code: 'authentication_failure' });
    await eventually(() => stdout.includes('CONNECT api.omise.co:'), 'the tunnel in the log');
  }, 90_000);

  it('a CONNECT leads to the mock itself, whatever host it names: never anywhere else', async () => {
    const socket = connect(port, '127.0.0.1');
    const seen = await new Promise<string>((resolve, reject) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\r\n\r\n{')) resolve(text);
      });
      socket.on('error', reject);
      socket.write('CONNECT example.com:80 HTTP/1.1\r\nHost: example.com:80\r\n\r\n');
      socket.write(`GET /transactions/${MOCK_IDS.transactionCredit} HTTP/1.1\r\nHost: example.com\r\nAuthorization: Basic ${btoa(`${MOCK_SECRET_KEY}:`)}\r\n\r\n`);
    }).finally(() => socket.destroy());
    expect(seen).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n\r\nHTTP\/1\.1 200 OK/);
    expect(seen).toContain(`"id":"${MOCK_IDS.transactionCredit}"`);
  });

  it('a CONNECT inside a tunnel closes the socket: tunnels do not nest (each level would keep listeners)', async () => {
    const socket = connect(port, '127.0.0.1');
    const closed = await new Promise<string>((resolve, reject) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.write('CONNECT a:80 HTTP/1.1\r\nHost: a:80\r\n\r\n');
      socket.write('CONNECT b:80 HTTP/1.1\r\nHost: b:80\r\n\r\n');
      socket.write('CONNECT c:80 HTTP/1.1\r\nHost: c:80\r\n\r\n');
    });
    expect(closed).toBe('HTTP/1.1 200 Connection Established\r\n\r\n');
  });

  it('GET /openapi.yaml is the spec, byte for byte, and GET / an index of what it answers; neither needs a key', async () => {
    const spec = await fetch(`${base}/openapi.yaml`);
    expect(spec.status).toBe(200);
    expect(spec.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(await spec.text()).toBe(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8'));
    const index = (await (await fetch(`${base}/`)).json()) as { spec: string; operations: Array<{ path: string; client: string }>; ids: Record<string, string> };
    expect(index.spec).toBe(`${base}/openapi.yaml`);
    // Every operation of the table, with its client method.
    const table = Object.values(operationTable);
    expect(index.operations.map((o) => `${o.client} ${o.path}`)).toEqual(table.map((op) => `${op.resource}.${op.method} ${op.path}`));
    expect(index.operations.map((o) => o.client)).toEqual(expect.arrayContaining(['customers.listCards', 'transactions.retrieve']));
    expect(index.ids).toEqual(MOCK_IDS);
  });

  it('SIGTERM to `npm run mock` stops every process it started and frees the port', async () => {
    const pids = descendants(child.pid!);
    expect(pids.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    const result = await child;
    expect(result.exitCode).toBe(0);
    await eventually(() => pids.every((pid) => !alive(pid)), 'every process of the mock to end');
    expect(await portIsFree(port)).toBe(true);
  }, 60_000);
});

describe('the spec check in front of every answer', () => {
  it('an answer that breaks openapi.yaml becomes a 500 and a log line saying where it breaks', async () => {
    const data = mockData();
    const path = `/customers/${MOCK_IDS.customerWithCards}/cards`;
    const [first, ...rest] = data.lists.get(path)! as Card[];
    const broken = new Map(data.lists).set(path, [{ ...first!, brand: 42 as unknown as Card['brand'] }, ...rest]);
    const log: string[] = [];
    const mock = await startMockServer({ data: { ...data, lists: broken }, log: (line) => log.push(line) });
    try {
      const res = await fetch(`${mock.url}/customers/${MOCK_IDS.customerWithCards}/cards`, { headers: AUTH });
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ object: 'error', code: 'internal_error', message: expect.stringContaining('breaks openapi.yaml') });
      expect(log[1]).toBe('  SPEC VIOLATION: listCustomerCards 200: the CardList body breaks openapi.yaml at /data/0/brand: must be string');
      // The rest of the data set still answers: only the broken answer is refused.
      expect((await fetch(`${mock.url}/transactions/${MOCK_IDS.transactionCredit}`, { headers: AUTH })).status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it('without --quiet, an error answer adds a line with Omise\'s code and message', async () => {
    const log: string[] = [];
    const mock = await startMockServer({ log: (line) => log.push(line) });
    try {
      await (await fetch(`${mock.url}/transactions/abc`, { headers: AUTH })).text();
      expect(log[0]).toMatch(REQUEST_LINE);
      expect(log[1]).toBe('  not_found: transaction abc was not found');
      expect(log).toHaveLength(2);
    } finally {
      await mock.close();
    }
  });
});
