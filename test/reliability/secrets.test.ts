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

// Each answer and the error it must give: an answer that ended in another error (a timeout on a busy
// machine, say) would not have been read, and would prove nothing about the key.
const scenarios: Array<[string, Handler[], string]> = [
  ['400', [omiseError(400, 'bad_request', 'bad')], 'OmiseBadRequestError'],
  ['401', [omiseError(401, 'authentication_failure', 'authentication failed')], 'OmiseAuthenticationError'],
  ['404', [omiseError(404, 'not_found', 'missing')], 'OmiseNotFoundError'],
  ['429 over the cap', [omiseError(429, 'too_many_requests', 'slow', { 'retry-after': '600' })], 'OmiseRateLimitError'],
  ['503', [omiseError(503, 'service_unavailable', 'busy')], 'OmiseServerError'],
  ['HTML 502', [text(502, '<html>bad gateway</html>')], 'OmiseServerError'],
  ['invalid JSON 200', [text(200, '{')], 'OmiseApiError'],
  ['reset', [resetBeforeHeaders], 'OmiseConnectionError'],
  ['hang', [bodyHang], 'OmiseTimeoutError'],
  // A server that echoes what it was sent: the key, its Basic form, in every place server text reaches.
  ['key echoed in a message', [omiseError(401, 'authentication_failure', `unknown key ${KEY}`)], 'OmiseAuthenticationError'],
  ['Basic credentials echoed in an HTML page', [text(502, `<pre>Authorization: Basic ${btoa(`${KEY}:`)}</pre>`, { 'content-type': 'text/html' })], 'OmiseServerError'],
  ['key echoed in a request-id header', [omiseError(404, 'not_found', 'missing', { 'x-request-id': `${KEY}-1` })], 'OmiseNotFoundError'],
  ['key echoed in the error location and code', [json(400, { object: 'error', location: `https://x.example/${KEY}`, code: `bad_${KEY}`, message: 'm' })], 'OmiseBadRequestError'],
  ['redirect carrying the key', [redirect(302, `https://${KEY}.example/?k=${KEY}`)], 'OmiseRedirectError'],
];
// Only the hanging answer should meet a deadline; every other one gets a deadline no answer comes near.
const HANG_TIMEOUT_MS = 150;
const TIMEOUT_MS = 30_000;
const timeoutFor = (name: string): number => (name === 'hang' ? HANG_TIMEOUT_MS : TIMEOUT_MS);

afterAll(() =>
  report({
    title: 'secrets',
    summary: `${checked} outputs without the key`,
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
    timeoutMs: TIMEOUT_MS,
    ...made.options,
    onRetry: (i) => infos.push(i),
    onRequest: (e) => observed.push(e),
    onResponse: (e) => observed.push(e),
    logger: { debug: (message, fields) => observed.push(message, fields) },
  };
  const omise = createOmiseClient(options);
  try {
    expectClean('client', omise);
    for (const [name, handlers, errorName] of scenarios) {
      server.handle(...handlers);
      const error = await omise.transactions.retrieve(TRANSACTION_ID, { timeoutMs: timeoutFor(name) }).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(Error);
      expect((error as Error).name, name).toBe(errorName);
      expectClean(name, error);
    }
    expectClean('validation error', await omise.customers.listCards('cust_test_x', { limit: 0 }).catch((e: unknown) => e));
    for (const bad of [`${KEY} `, `pkey_${KEY}`, `${KEY}\r\n`]) {
      let refusal: unknown;
      try {
        createOmiseClient({ ...options, secretKey: bad });
      } catch (e) {
        refusal = e;
      }
      expect((refusal as Error | undefined)?.name, JSON.stringify(bad)).toBe('OmiseConfigurationError');
      expectClean('configuration error', refusal);
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
      const timeout = String(name === 'hang' ? 300 : TIMEOUT_MS);
      const r = await execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--base-url', server.url, '--max-retries', '0', '--timeout', timeout, 'transaction', TRANSACTION_ID], {
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
