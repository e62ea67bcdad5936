// `npm run contract:live` against a loopback stand-in for Omise that answers with bodies Omise's SDKs
// recorded from the real API (version 2019-05-29, test/fixtures/omise-recorded/): one run that
// reports no violation, one where the stand-in breaks the spec and the report names the field, and
// the refusals that send nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_ID } from './support/fixtures.js';
import { RECORDED_DIR } from './support/recorded.js';
import { json, startServer, type LoopbackServer } from './support/loopback-server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'skey_test_contractlive0123';
const recorded = (file: string): Record<string, unknown> => JSON.parse(readFileSync(`${RECORDED_DIR}${file}`, 'utf8')) as Record<string, unknown>;

function run(env: Record<string, string | undefined>, ...args: string[]) {
  return execa(process.execPath, ['--import', 'tsx', 'scripts/contract-live.ts', ...args], { cwd: ROOT, reject: false, env: { OMISE_SECRET_KEY: undefined, ...env }, extendEnv: false, timeout: 60_000 });
}

describe('contract:live against a stand-in serving recorded Omise bodies', () => {
  // The ids of the recorded bodies (their file names carry them), not the mock's.
  const CUSTOMER = 'cust_test_63440m5rxrwz1lcwno0';
  const TRANSACTION = 'trxn_test_62f1itsgwfln0dwo9md';
  let server: LoopbackServer;
  let breakCards = false;
  beforeAll(async () => {
    // The customer's own cards list, as the API embeds it in the customer (recorded 2025-03-20).
    const cards = recorded('omise-php__customers-cust_test_63440m5rxrwz1lcwno0-get.json').cards as Record<string, unknown>;
    const trxn = recorded('omise-php__transactions-trxn_test_62f1itsgwfln0dwo9md-get.json');
    const notFound = recorded('omise-go__customers-cust_test_4yq6txdpfadhbaqnwp3-cards-404-get.json');
    const badRequest = recorded('omise-elixir__source-create_source_with_invalid_amount.json');
    const unauthorized = recorded('omise-php__tests-unit-exception-OmiseExceptionTest-authentication_failure.json');
    server = await startServer((req, res, i) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = (status: number, body: unknown): void => void json(status, body, { 'x-stand-in': 'recorded bodies' })(req, res, i);
      if (req.headers.authorization !== `Basic ${btoa(`${KEY}:`)}`) return answer(401, unauthorized);
      if (url.pathname === `/customers/${CUSTOMER}/cards`) {
        if (Number(url.searchParams.get('limit') ?? 20) > 100) return answer(400, badRequest);
        if (!breakCards) return answer(200, cards);
        const [first, ...rest] = cards.data as Array<Record<string, unknown>>;
        const { brand: _brand, ...withoutBrand } = first!;
        return answer(200, { ...cards, data: [withoutBrand, ...rest] });
      }
      if (url.pathname === `/transactions/${TRANSACTION}`) return answer(200, trxn);
      return answer(404, notFound);
    });
  });
  afterAll(() => server.close());

  it('reports no violation when every answer is a recorded 2019-05-29 body', async () => {
    breakCards = false;
    const r = await run({ OMISE_SECRET_KEY: KEY }, '--base-url', server.url, '--customer', CUSTOMER, '--transaction', TRANSACTION);
    expect(r.stdout).toContain('No violation: every request and answer matches openapi.yaml.');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`✓ GET /customers/${CUSTOMER}/cards?limit=101 -> 400`);
    expect(r.stdout).toMatch(/✓ GET \/transactions\/trxn_test_0000000000000000000 \(no auth\) -> 401/);
    expect(r.stdout).toContain('x-stand-in: recorded bodies');
    expect(server.requests.length).toBeLessThanOrEqual(12);
    expect(r.stdout).not.toContain(KEY);
  });

  it('names the field when the stand-in returns a body that breaks the spec, and exits 1', async () => {
    breakCards = true;
    const r = await run({ OMISE_SECRET_KEY: KEY }, '--base-url', server.url, '--customer', CUSTOMER);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/violation \/data\/0: must have required property 'brand'/);
    expect(r.stdout).toMatch(/\d+ violations? of openapi\.yaml\./);
  });
});

describe('contract:live refuses before sending anything', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startServer(json(200, {}));
  });
  afterAll(() => server.close());

  it.each([
    ['without a key', {}, /needs a test secret key in OMISE_SECRET_KEY/],
    ['with a live key', { OMISE_SECRET_KEY: 'skey_5fz0oluu2v7vk6cnsqx' }, /must be a test key/],
    ['with a public key', { OMISE_SECRET_KEY: 'pkey_test_5fz0oluu2v7vk6cnsqx' }, /public key/],
  ])('%s: a clear message, exit 2', async (_name, env, message) => {
    const r = await run(env, '--base-url', server.url, '--customer', CUSTOMER_ID);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing was sent');
    expect(server.requests).toHaveLength(0);
  });

  it('without --customer: exit 2, nothing sent', async () => {
    const r = await run({ OMISE_SECRET_KEY: KEY }, '--base-url', server.url);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--customer cust_test_\.\.\. is required/);
    expect(server.requests).toHaveLength(0);
  });
});
