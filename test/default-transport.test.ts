// What Node users get without choosing: the pooled Node transport (package.json's "node" condition
// resolves to src/index.node.ts), at most 10 sockets per origin, and nothing that keeps a process alive.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOmiseClient as createForBrowsers } from '../src/index.js';
import { createOmiseClient } from '../src/index.node.js';
import { createNodeTransport } from '../src/node.js';
import { TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { json, startServer, type Handler, type LoopbackServer } from './support/loopback-server.js';
import { activeHandles, leftover } from './reliability/support/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Answers after a pause, so that concurrent calls overlap; counts the most requests open at once,
// which over HTTP/1.1 (no pipelining) is the most sockets the client used at once.
function slowly(ms: number, seen: { open: number; most: number }): Handler {
  return (req, res, i) => {
    seen.open++;
    seen.most = Math.max(seen.most, seen.open);
    res.on('finish', () => seen.open--);
    setTimeout(() => json(200, transaction())(req, res, i), ms);
  };
}

describe('the default client on Node', () => {
  let server: LoopbackServer;
  beforeEach(async () => {
    server = await startServer(json(200, transaction()));
  });
  afterEach(() => server.close());

  it('sends with the Node transport, not fetch', async () => {
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url });
    await omise.transactions.retrieve(TRANSACTION_ID);
    await omise.close();
    // fetch adds the headers of the web platform; the Node transport sends the client's own only.
    expect(server.requests[0]?.headers['sec-fetch-mode']).toBeUndefined();
    expect(Object.keys(server.requests[0]?.headers ?? {}).sort()).toEqual(['accept', 'authorization', 'connection', 'host', 'omise-version', 'user-agent']);
  });

  it('the browser entry sends with fetch', async () => {
    await createForBrowsers({ secretKey: TEST_KEY, baseUrl: server.url }).transactions.retrieve(TRANSACTION_ID);
    expect(server.requests[0]?.headers['sec-fetch-mode']).toBe('cors');
  });

  it('keeps at most 10 sockets for 40 concurrent calls, and queues the rest', async () => {
    const seen = { open: 0, most: 0 };
    server.handle(slowly(40, seen));
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url });
    const results = await Promise.all(Array.from({ length: 40 }, () => omise.transactions.retrieve(TRANSACTION_ID)));
    await omise.close();
    expect(results).toHaveLength(40);
    expect(seen.most).toBe(10);
    // global fetch, for contrast, opens a socket per concurrent call.
    const unbounded = { open: 0, most: 0 };
    server.handle(slowly(40, unbounded));
    await Promise.all(Array.from({ length: 40 }, () => createForBrowsers({ secretKey: TEST_KEY, baseUrl: server.url }).transactions.retrieve(TRANSACTION_ID)));
    expect(unbounded.most).toBeGreaterThan(10);
  });

  it('the limit is configurable with createNodeTransport({ maxSockets })', async () => {
    const seen = { open: 0, most: 0 };
    server.handle(slowly(20, seen));
    const transport = createNodeTransport({ maxSockets: 3 });
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, transport });
    await Promise.all(Array.from({ length: 20 }, () => omise.transactions.retrieve(TRANSACTION_ID)));
    await transport.close();
    expect(seen.most).toBe(3);
  });

  it('close() leaves no socket behind; a transport given as an option is its owner\'s to close', async () => {
    const before = activeHandles();
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url });
    await omise.transactions.retrieve(TRANSACTION_ID);
    await omise.close();
    expect(await leftover(before)).toEqual({});

    const transport = createNodeTransport();
    const given = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, transport });
    await given.transactions.retrieve(TRANSACTION_ID);
    await given.close();
    expect((await given.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
    await transport.close();
  });

  it('close() waits for the calls under way, which end with their answers; a later call opens a new socket', async () => {
    // The server holds the first three requests until the test lets them go.
    const held: Array<() => void> = [];
    let allHeld: () => void = () => undefined;
    const threeHeld = new Promise<void>((resolve) => (allHeld = resolve));
    server.handle((req, res, i) => {
      held.push(() => void json(200, transaction())(req, res, i));
      if (held.length === 3) allHeld();
    });
    const transport = createNodeTransport();
    const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, transport });
    const calls = [1, 2, 3].map(() => omise.transactions.retrieve(TRANSACTION_ID));
    await threeHeld;
    let closed = false;
    const closing = transport.close().then(() => (closed = true));
    // Long enough for a close() that did not wait to be seen; the calls cannot end before release.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    for (const release of held) release();
    expect((await Promise.all(calls)).map((t) => t.id)).toEqual([TRANSACTION_ID, TRANSACTION_ID, TRANSACTION_ID]);
    await closing;
    expect(closed).toBe(true);
    server.handle(json(200, transaction()));
    expect((await omise.transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
    // A close() with nothing under way ends at once.
    await transport.close();

    // A call sent in the same tick as close(), before its pool even exists, is still answered.
    const fresh = createNodeTransport();
    const sentFirst = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, transport: fresh }).transactions.retrieve(TRANSACTION_ID);
    await fresh.close();
    expect((await sentFirst).id).toBe(TRANSACTION_ID);
  });

  it('a process that made its last call exits by itself, without close()', async () => {
    // A server that keeps an idle connection open for 5 minutes (the loopback server closes it after
    // 1 s, which would let any process go): only the client can let this one end.
    const patient = createServer((req, res) => void json(200, transaction())(req, res, 0));
    patient.keepAliveTimeout = 300_000;
    await new Promise<void>((resolve) => patient.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(patient.address() as AddressInfo).port}`;
    // The child says how long it lived after its last call: that time, not its start-up (slow on a
    // busy machine), is what a socket kept alive would stretch.
    const script = `
      import { createOmiseClient } from './src/index.node.ts';
      const omise = createOmiseClient({ secretKey: '${TEST_KEY}', baseUrl: process.env.URL });
      console.log((await omise.transactions.retrieve('${TRANSACTION_ID}')).id);
      const done = performance.now();
      process.on('exit', () => console.log(Math.round(performance.now() - done)));`;
    try {
      const r = await execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env: { URL: url }, timeout: 120_000 });
      const [id, lingeredMs] = r.stdout.trim().split('\n');
      expect(id).toBe(TRANSACTION_ID);
      // Idle sockets are kept 30 s by the Node transport; a process held by one would live that long.
      expect(Number(lingeredMs)).toBeLessThan(10_000);
    } finally {
      patient.closeAllConnections();
      await new Promise((resolve) => patient.close(resolve));
    }
  });
});
