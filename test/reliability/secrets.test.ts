// The key, recognisable, through every error path, the retry logger, the client object and the CLI:
// it must appear in none of their forms.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, expect, it } from 'vitest';
import { createOmiseClient, type OmiseClientOptions } from '../../src/index.js';
import { TRANSACTION_ID } from '../support/fixtures.js';
import { redirect } from '../support/hostile.js';
import { bodyHang, json, omiseError, resetBeforeHeaders, startServer, text, type Handler } from '../support/loopback-server.js';
import { findLeak, keyNeedles } from '../support/leaks.js';
import { transports } from '../support/transports.js';
import { report } from './support/report.js';

const KEY = 'skey_test_secretcanary0123456789';
const NEEDLES = keyNeedles(KEY, 'secretcanary');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let checked = 0;

function expectClean(what: string, value: unknown): void {
  expect(findLeak(value, NEEDLES), `${what} contains the key`).toBeUndefined();
  checked++;
}

const scenarios: Array<[string, Handler[]]> = [
  ['400', [omiseError(400, 'bad_request', 'bad')]],
  ['401', [omiseError(401, 'authentication_failure', 'authentication failed')]],
  ['404', [omiseError(404, 'not_found', 'missing')]],
  ['429 over the cap', [omiseError(429, 'too_many_requests', 'slow', { 'retry-after': '600' })]],
  ['503', [omiseError(503, 'service_unavailable', 'busy')]],
  ['HTML 502', [text(502, '<html>bad gateway</html>')]],
  ['invalid JSON 200', [text(200, '{')]],
  ['reset', [resetBeforeHeaders]],
  ['hang', [bodyHang]],
  // A server that echoes what it was sent: the key, its Basic form, in every place server text reaches.
  ['key echoed in a message', [omiseError(401, 'authentication_failure', `unknown key ${KEY}`)]],
  ['Basic credentials echoed in an HTML page', [text(502, `<pre>Authorization: Basic ${btoa(`${KEY}:`)}</pre>`, { 'content-type': 'text/html' })]],
  ['key echoed in a request-id header', [omiseError(404, 'not_found', 'missing', { 'x-request-id': `${KEY}-1` })]],
  ['key echoed in the error location and code', [json(400, { object: 'error', location: `https://x.example/${KEY}`, code: `bad_${KEY}`, message: 'm' })]],
  ['redirect carrying the key', [redirect(302, `https://${KEY}.example/?k=${KEY}`)]],
];

afterAll(() =>
  report({
    title: 'secrets',
    lines: [`A recognisable key through ${scenarios.length} answers (failing ones, and servers that echo the key) on ${transports.length} transports, validation and configuration errors, every onRequest/onResponse/onRetry payload and logger line, withResponse, util.inspect of the client, and the CLI's stdout and stderr: ${checked} values and outputs checked (message, stack, JSON.stringify, util.inspect, cause), the key found in none.`],
  }),
);

it.each(transports)('errors, onRetry info and the client over $name', async (transport) => {
  const server = await startServer();
  const made = transport.create();
  const infos: unknown[] = [];
  // Every hook payload and log line the client makes, for every scenario below.
  const observed: unknown[] = [];
  const options: OmiseClientOptions = {
    secretKey: KEY,
    baseUrl: server.url,
    maxRetries: 1,
    initialRetryDelayMs: 1,
    timeoutMs: 150,
    ...made.options,
    onRetry: (i) => infos.push(i),
    onRequest: (e) => observed.push(e),
    onResponse: (e) => observed.push(e),
    logger: { debug: (message, fields) => observed.push(message, fields) },
  };
  const omise = createOmiseClient(options);
  try {
    expectClean('client', omise);
    for (const [name, handlers] of scenarios) {
      server.handle(...handlers);
      const error = await omise.transactions.retrieve(TRANSACTION_ID).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(Error);
      expectClean(name, error);
    }
    expectClean('validation error', await omise.customers.listCards('cust_test_x', { limit: 0 }).catch((e: unknown) => e));
    for (const bad of [`${KEY} `, `pkey_${KEY}`, `${KEY}\r\n`]) {
      try {
        createOmiseClient({ ...options, secretKey: bad });
      } catch (e) {
        expectClean('configuration error', e);
      }
    }
    expect(infos.length).toBeGreaterThan(0);
    for (const info of infos) expectClean('onRetry info', info);
    expect(observed.length).toBeGreaterThan(scenarios.length * 3);
    for (const value of observed) expectClean('hook payload or log line', value);
    // withResponse's response, and raw, through an answer that echoes the key in a header.
    server.handle(json(200, { object: 'transaction' }, { 'x-request-id': KEY, 'x-echo': btoa(`${KEY}:`) }));
    const { response } = await omise.transactions.retrieve(TRANSACTION_ID).withResponse().catch(() => ({ response: undefined }));
    expectClean('withResponse requestId', response?.requestId ?? '');
  } finally {
    await made.close();
    await server.close();
  }
});

it('CLI output on every failing path', async () => {
  const server = await startServer();
  try {
    for (const [name, handlers] of scenarios) {
      server.handle(...handlers);
      const r = await execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--base-url', server.url, '--max-retries', '0', '--timeout', '300', 'transaction', TRANSACTION_ID], {
        cwd: ROOT,
        reject: false,
        env: { OMISE_SECRET_KEY: KEY },
      });
      expect(r.exitCode, name).not.toBe(0);
      expectClean(`CLI ${name}`, `${r.stdout}\n${r.stderr}`);
    }
  } finally {
    await server.close();
  }
});
