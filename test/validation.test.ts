// Bad input is refused with OmiseValidationError before any request: the server must see nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OmiseValidationError, createOmiseClient, type OmiseClient } from '../src/index.js';
import { CUSTOMER_ID, TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { json, startServer, type LoopbackServer } from './support/loopback-server.js';

let server: LoopbackServer;
let omise: OmiseClient;
let liveOmise: OmiseClient;
beforeAll(async () => {
  server = await startServer(json(200, transaction()));
  omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url });
  liveOmise = createOmiseClient({ secretKey: 'skey_5fz0oluu2v7vk6cnsqx', baseUrl: server.url });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

async function rejected(call: () => Promise<unknown> | AsyncIterable<unknown>, param: string): Promise<OmiseValidationError> {
  let error: unknown;
  try {
    const result = call();
    if (Symbol.asyncIterator in (result as object)) {
      for await (const _ of result as AsyncIterable<unknown>) break;
    } else {
      await result;
    }
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(OmiseValidationError);
  expect((error as OmiseValidationError).param).toBe(param);
  expect(server.requests).toHaveLength(0);
  return error as OmiseValidationError;
}

const badCustomerIds = ['', 'cust_test_../x', 'cust_test_a/b', 'cust_test_a%2Fb', 'cust_test_a b', ' cust_test_a', 'cust_test_ABC', 'card_test_abc', 'cust_', '../cust_test_a', 'cust_test_a\n', 'cust_test_a?x=1', 'cust_test_a#x'];
const badTransactionIds = ['', 'trxn_test_../x', 'trxn_test_%2F', 'trxn test', 'chrg_test_abc', 'trxn_test_a/..'];

describe('ids', () => {
  it.each(badCustomerIds)('customers.listCards refuses customer id %j', async (id) => {
    await rejected(() => omise.customers.listCards(id), 'customerId');
  });
  it.each(badCustomerIds)('customers.listAllCards refuses customer id %j', async (id) => {
    await rejected(() => omise.customers.listAllCards(id), 'customerId');
  });
  it.each(badTransactionIds)('transactions.retrieve refuses transaction id %j', async (id) => {
    await rejected(() => omise.transactions.retrieve(id), 'transactionId');
  });
  it.each([undefined, null, 42, {}])('refuses a non-string id (%j) from untyped callers', async (id) => {
    await rejected(() => omise.transactions.retrieve(id as unknown as string), 'transactionId');
  });

  it('refuses a live-mode id with a test key, and the reverse, naming the 404 it avoids', async () => {
    const live = await rejected(() => omise.transactions.retrieve('trxn_5fz0ol7mmqw6cj8h5xq'), 'transactionId');
    expect(live.message).toMatch(/live-mode id but the secret key is a test key/);
    expect(live.message).toMatch(/404/);
    const test = await rejected(() => liveOmise.customers.listCards(CUSTOMER_ID), 'customerId');
    expect(test.message).toMatch(/test-mode id but the secret key is a live key/);
  });
});

// Each value with how a title shows it: %j writes NaN and Infinity as null (three tests had the same,
// wrong, title), and %s would show the string '20' as the valid limit 20.
const shown = (values: unknown[]): Array<[string, unknown]> => values.map((v) => [typeof v === 'string' ? JSON.stringify(v) : String(v), v]);

describe('list parameters', () => {
  it.each(shown([0, 101, 1.5, -1, Number.NaN, Infinity, '20', null]))('refuses limit %s', async (_shown, limit) => {
    const error = await rejected(() => omise.customers.listCards(CUSTOMER_ID, { limit: limit as number }), 'limit');
    expect(error.message).toMatch(/limit must be a whole number from 1 to 100/);
  });
  it.each(shown([-1, 0.5, '0', Number.NaN, 1e21, Number.MAX_SAFE_INTEGER + 2]))('refuses offset %s', async (_shown, offset) => {
    await rejected(() => omise.customers.listCards(CUSTOMER_ID, { offset: offset as number }), 'offset');
  });
  it.each(['newest', '', 'CHRONOLOGICAL', 1])('refuses order %j', async (order) => {
    await rejected(() => omise.customers.listCards(CUSTOMER_ID, { order: order as 'chronological' }), 'order');
  });
  it.each(['yesterday', '2024-02-30T00:00:00Z', '2024-01-01', '2024-01-01T25:00:00Z', '2024-01-01T00:00:00', 'now', 1700000000, '2024-01-01T00:00:00+07', '2024-01-01T00:00:00+0700', '9999-12-31T23:59:59-23:59', '2017-01-01T07:59:60+07:00'])(
    'refuses from/to %j',
    async (date) => {
      await rejected(() => omise.customers.listCards(CUSTOMER_ID, { from: date as string }), 'from');
      await rejected(() => omise.customers.listCards(CUSTOMER_ID, { to: date as string }), 'to');
    },
  );
  it('refuses an unknown parameter (a typo would be silently ignored by the API)', async () => {
    const error = await rejected(() => omise.customers.listCards(CUSTOMER_ID, { limt: 5 } as never), 'limt');
    expect(error.message).toMatch(/expected one of limit, offset, order, from, to/);
  });
  it.each([0, 101, 2.5])('listAllCards refuses pageSize %j, by the rule of limit', async (pageSize) => {
    const error = await rejected(() => omise.customers.listAllCards(CUSTOMER_ID, { pageSize }), 'pageSize');
    expect(error.message).toMatch(/^pageSize must be a whole number from 1 to 100/);
  });
  it('listAllCards refuses a bad order when called, before iterating', () => {
    expect(() => omise.customers.listAllCards(CUSTOMER_ID, { order: 'sideways' as 'chronological' })).toThrow(OmiseValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('accepts every valid boundary and sends it', async () => {
    server.handle(json(200, { object: 'list', data: [], limit: 100, offset: 0, total: 0, order: 'chronological', location: `/customers/${CUSTOMER_ID}/cards`, from: '1970-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }));
    for (const params of [{ limit: 1 }, { limit: 100 }, { offset: 0 }, { offset: 1_000_000 }, { order: 'reverse_chronological' as const }, { from: '2024-02-29T23:59:59.123+07:00' }, { to: '2016-12-31T23:59:60Z' }]) {
      await omise.customers.listCards(CUSTOMER_ID, params);
    }
    expect(server.requests).toHaveLength(7);
    server.handle(json(200, transaction()));
  });
});

it('valid ids reach the server as given', async () => {
  await omise.transactions.retrieve(TRANSACTION_ID);
  expect(server.requests[0]?.path).toBe(`/transactions/${TRANSACTION_ID}`);
});

describe('the date-time rule (src/runtime/formats.ts)', () => {
  it('isDateTime, the validators’ fast path, agrees with parseDateTime on 20 000 generated date-times', async () => {
    const fc = (await import('fast-check')).default;
    const { isDateTime, parseDateTime } = await import('../src/runtime/formats.js');
    const part = (min: number, max: number, width: number) => fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
    const dateTime = fc
      .tuple(part(0, 9999, 4), part(0, 13, 2), part(0, 32, 2), fc.constantFrom('T', 't', ' '), part(0, 24, 2), part(0, 60, 2), part(0, 61, 2), fc.constantFrom('', '.5', '.999999999'), fc.constantFrom('Z', '+00:00', '-23:59', '+23:59', '+07', '+24:00', '-00:01'))
      .map(([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`);
    fc.assert(
      fc.property(dateTime, (value) => isDateTime(value) === (parseDateTime(value) !== undefined)),
      { numRuns: 20_000 },
    );
  });
});
