// What the partner mock must answer, written once and run against both faces: createMockFetch
// in-process and `npm run mock` over HTTP. Each case is a request as curl would send it and the
// answer Omise gives it.
import { expect } from 'vitest';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../../src/testing/index.js';
import type { CardList, OmiseErrorBody, Transaction } from '../../src/types.js';

/** Sends GET path with these headers to the face under test. */
export type Ask = (path: string, headers?: Record<string, string>) => Promise<Response>;

const basic = (user: string, password = ''): string => `Basic ${btoa(`${user}:${password}`)}`;
/** The mock key's Authorization header. */
export const AUTH = { authorization: basic(MOCK_SECRET_KEY) };
const CARDS = `/customers/${MOCK_IDS.customerWithCards}/cards`;
const MANY = `/customers/${MOCK_IDS.customerWithManyCards}/cards`;
const TRXN = `/transactions/${MOCK_IDS.transactionCredit}`;

export interface MockCase {
  title: string;
  path: string;
  headers?: Record<string, string>;
  status: number;
  /** Checks of the parsed body (none for a status without a body). */
  check?: (body: unknown, response: Response) => void;
}

const omiseError = (code: string, message: RegExp) => (body: unknown) => {
  const error = body as OmiseErrorBody;
  expect(error).toMatchObject({ object: 'error', code, location: expect.stringMatching(/^https:\/\/www\.omise\.co\/api-errors#/) });
  expect(error.message).toMatch(message);
};
// A 401 challenges, as HTTP clients wait for before they send credentials (Python's HTTPBasicAuthHandler).
const refused = (body: unknown, response: Response): void => {
  omiseError('authentication_failure', /^authentication failed$/)(body);
  expect(response.headers.get('www-authenticate')).toBe('Basic realm="Omise mock", charset="UTF-8"');
};
const list = (check: (page: CardList) => void) => (body: unknown) => check(body as CardList);

export const MOCK_CASES: MockCase[] = [
  // Authentication: Omise takes a secret test key with an empty password, nothing else.
  { title: 'no credentials: 401', path: TRXN, status: 401, check: refused },
  { title: 'a user name that is no key (curl -u foo:): 401', path: TRXN, headers: { authorization: basic('foo') }, status: 401, check: refused },
  { title: 'a public key: 401', path: TRXN, headers: { authorization: basic('pkey_test_123') }, status: 401, check: refused },
  { title: 'a live secret key (the mock is test mode): 401', path: TRXN, headers: { authorization: basic('skey_5fz0oluu2v7vk6cnsqx') }, status: 401, check: refused },
  { title: 'a key with a password: 401', path: TRXN, headers: { authorization: basic(MOCK_SECRET_KEY, 'secret') }, status: 401, check: refused },
  { title: 'malformed Basic credentials: 401', path: TRXN, headers: { authorization: 'Basic !!!not-base64' }, status: 401, check: refused },
  { title: 'a Bearer token: 401', path: TRXN, headers: { authorization: `Bearer ${MOCK_SECRET_KEY}` }, status: 401, check: refused },
  { title: 'auth comes first: an unknown path without a key is 401', path: '/charges', status: 401, check: refused },
  {
    title: 'any skey_test_ key: 200',
    path: TRXN,
    headers: { authorization: basic('skey_test_anotherkey0000000') },
    status: 200,
    check: (body) => expect((body as Transaction).id).toBe(MOCK_IDS.transactionCredit),
  },
  // The client takes capitals and underscores in a key: so does the mock.
  ...['skey_test_ABCdef123', 'skey_test_team_a_key'].map(
    (key): MockCase => ({
      title: `the test key ${key}, which the client accepts: 200`,
      path: TRXN,
      headers: { authorization: basic(key) },
      status: 200,
      check: (body) => expect((body as Transaction).id).toBe(MOCK_IDS.transactionCredit),
    }),
  ),

  // Lists: limit, offset, order, from and to honoured and echoed, with the right total.
  {
    title: 'the defaults: limit 20, offset 0, chronological, from the epoch to now',
    path: CARDS,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      expect(page).toMatchObject({ object: 'list', limit: 20, offset: 0, total: 3, order: 'chronological', from: '1970-01-01T00:00:00Z', location: CARDS });
      expect(page.data.map((c) => c.brand)).toEqual(['JCB', 'Visa', 'MasterCard']);
      expect(Date.parse(page.to)).toBeGreaterThan(Date.parse('2024-01-01T00:00:00Z'));
    }),
  },
  {
    title: '?limit=1&offset=2: the third card alone, limit 1 and offset 2 echoed',
    path: `${CARDS}?limit=1&offset=2`,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      expect(page).toMatchObject({ limit: 1, offset: 2, total: 3 });
      expect(page.data.map((c) => c.id)).toEqual(['card_test_5fz0olb0ehmmu1n8q6w']);
    }),
  },
  {
    title: 'order=reverse_chronological: newest first, echoed',
    path: `${CARDS}?order=reverse_chronological`,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      expect(page.order).toBe('reverse_chronological');
      expect(page.data.map((c) => c.brand)).toEqual(['MasterCard', 'Visa', 'JCB']);
    }),
  },
  {
    title: 'the last page of 250 cards: 50 cards, total 250',
    path: `${MANY}?limit=100&offset=200`,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      expect(page).toMatchObject({ limit: 100, offset: 200, total: 250 });
      expect(page.data).toHaveLength(50);
      expect(page.data[0]?.id).toBe('card_test_5g0m0200manycards');
    }),
  },
  {
    title: 'from and to: the window decides the total, and both are echoed',
    path: `${MANY}?from=2024-01-02T00:00:00Z&to=2024-01-02T23:59:59Z&limit=5`,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      expect(page).toMatchObject({ total: 24, from: '2024-01-02T00:00:00Z', to: '2024-01-02T23:59:59Z' });
      expect(page.data[0]?.created_at).toBe('2024-01-02T00:00:00Z');
    }),
  },
  {
    title: 'a leap second, which the client accepts and sends: answered, the window from the second after it',
    path: `${MANY}?from=2016-12-31T23:59:60Z&limit=1`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ total: 250, from: '2017-01-01T00:00:00Z' })),
  },
  {
    title: 'an offset (+07:00) is read as one: the window echoed in UTC',
    path: `${MANY}?from=2024-01-02T07:00:00%2B07:00&to=2024-01-03T06:59:59%2B07:00&limit=1`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ total: 24, from: '2024-01-02T00:00:00Z', to: '2024-01-02T23:59:59Z' })),
  },
  {
    title: 'a fraction of a second is cut, not rounded: 00:59:59.99999999999999999 is before 01:00:00',
    path: `${MANY}?from=2024-01-02T00:00:00Z&to=2024-01-02T00:59:59.99999999999999999Z`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ total: 1, to: '2024-01-02T00:59:59Z' })),
  },
  {
    title: 'an offset of a billion (the client takes any whole number up to 2^53 - 1): no cards, not a 400',
    path: `${CARDS}?offset=1000000000`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ data: [], offset: 1_000_000_000, total: 3 })),
  },
  {
    title: 'an offset past the end: no cards, the total still right',
    path: `${CARDS}?offset=10`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ data: [], offset: 10, total: 3 })),
  },
  {
    title: 'a customer without cards: an empty list',
    path: `/customers/${MOCK_IDS.customerWithoutCards}/cards`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page).toMatchObject({ data: [], total: 0 })),
  },
  {
    title: 'cards of both eras: one without first_digits and tokenization_method, others with them null',
    path: CARDS,
    headers: AUTH,
    status: 200,
    check: list((page) => {
      const [old, visa] = page.data;
      expect(old && 'first_digits' in old).toBe(false);
      expect(old && 'tokenization_method' in old).toBe(false);
      expect(visa).toMatchObject({ first_digits: null, tokenization_method: null });
    }),
  },

  // 400 bad_request, naming the parameter that is wrong.
  ...[
    ['limit=0', /^limit must be an integer between 1 and 100$/],
    ['limit=101', /^limit must be an integer between 1 and 100$/],
    ['limit=ten', /^limit must be an integer between 1 and 100$/],
    ['offset=-1', /^offset must be an integer greater than or equal to 0$/],
    ['order=newest', /^order must be one of chronological, reverse_chronological$/],
    ['from=yesterday', /^from must be a date and time in ISO 8601 format/],
    ['to=2024-13-01T00:00:00Z', /^to must be a date and time in ISO 8601 format/],
    ['from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z', /^from must be earlier than to$/],
    // An offset without minutes is ISO 8601's but not RFC 3339's: refused, as the client refuses it.
    ['from=2024-01-01T00:00:00%2B07', /^from must be a date and time in ISO 8601 format/],
    // Its UTC form would be in the year 10000: no date Omise could echo.
    ['to=9999-12-31T23:59:59-23:59', /^to must be a date and time in ISO 8601 format/],
  ].map(([query, message]): MockCase => ({
    title: `?${String(query)}: 400 naming the parameter`,
    path: `${CARDS}?${String(query)}`,
    headers: AUTH,
    status: 400,
    check: omiseError('bad_request', message as RegExp),
  })),

  // 404 not_found naming the id, for unknown and malformed ids alike.
  {
    title: 'an unknown customer: 404 naming it',
    path: '/customers/cust_test_unknown000000000/cards',
    headers: AUTH,
    status: 404,
    check: omiseError('not_found', /^customer cust_test_unknown000000000 was not found$/),
  },
  { title: 'a malformed transaction id: 404 naming it', path: '/transactions/abc', headers: AUTH, status: 404, check: omiseError('not_found', /^transaction abc was not found$/) },
  {
    title: 'an unknown transaction: 404 naming it',
    path: '/transactions/trxn_test_missing00000000000',
    headers: AUTH,
    status: 404,
    check: omiseError('not_found', /^transaction trxn_test_missing00000000000 was not found$/),
  },
  ...Object.entries(MOCK_IDS)
    .filter(([name]) => name.startsWith('transaction'))
    .map(([name, id]): MockCase => ({
      title: `MOCK_IDS.${name}: 200 with that transaction`,
      path: `/transactions/${id}`,
      headers: AUTH,
      status: 200,
      check: (body) => expect(body).toMatchObject({ object: 'transaction', id, location: `/transactions/${id}` }),
    })),

  // Scenarios on request, as the README documents them.
  {
    title: 'Prefer: code=429: 429 with Retry-After and no body',
    path: TRXN,
    headers: { ...AUTH, prefer: 'code=429' },
    status: 429,
    check: (_body, response) => expect(response.headers.get('retry-after')).toBe('1'),
  },
  { title: 'Prefer: code=500: internal_error', path: CARDS, headers: { ...AUTH, prefer: 'code=500' }, status: 500, check: omiseError('internal_error', /internal error/) },
  {
    title: 'Prefer: code=503: service_unavailable with Retry-After',
    path: TRXN,
    headers: { ...AUTH, prefer: 'code=503' },
    status: 503,
    check: (body, response) => {
      omiseError('service_unavailable', /temporarily unavailable/)(body);
      expect(response.headers.get('retry-after')).toBe('1');
    },
  },
  { title: 'Prefer: code=404 on a known id: 404 naming it', path: TRXN, headers: { ...AUTH, prefer: 'code=404' }, status: 404, check: omiseError('not_found', new RegExp(`^transaction ${MOCK_IDS.transactionCredit} was not found$`)) },
  {
    title: 'Prefer: example=jcb: the spec example of that name',
    path: CARDS,
    headers: { ...AUTH, prefer: 'example=jcb' },
    status: 200,
    check: list((page) => expect(page).toMatchObject({ total: 1, order: 'reverse_chronological', data: [{ brand: 'JCB' }] })),
  },
  {
    title: 'Prefer: example=debit on a transaction: the example, under the id asked for',
    path: TRXN,
    headers: { ...AUTH, prefer: 'example=debit' },
    status: 200,
    check: (body) => expect(body).toMatchObject({ direction: 'debit', key: 'refund.created', id: MOCK_IDS.transactionCredit, location: TRXN }),
  },
  {
    title: "Prefer: example=jcb on another customer: the example's cards, under that customer",
    path: MANY,
    headers: { ...AUTH, prefer: 'example=jcb' },
    status: 200,
    check: list((page) => {
      expect(page.location).toBe(MANY);
      for (const card of page.data) expect(card.location).toBe(`${MANY}/${card.id}`);
    }),
  },
  {
    title: 'Prefer: code=400 where the spec has no 400 (transactions): a usage error that says which codes exist',
    path: TRXN,
    headers: { ...AUTH, prefer: 'code=400' },
    status: 400,
    check: omiseError('bad_request', /code=400 is not an error this operation answers \(one of 401, 404, 429, 500, 503\)/),
  },
  {
    title: 'Prefer: example=nope: a usage error listing the examples',
    path: CARDS,
    headers: { ...AUTH, prefer: 'example=nope' },
    status: 400,
    check: omiseError('bad_request', /example=nope is not an example of this operation \(one of cards, jcb, empty/),
  },
  { title: 'a path the API does not have: 404', path: '/charges', headers: AUTH, status: 404, check: omiseError('not_found', /^GET \/charges was not found$/) },
  {
    title: "the customer of Omise's own samples: its two cards, so code copied from Omise's reference runs unchanged",
    path: `/customers/${MOCK_IDS.omiseDocsCustomer}/cards?limit=20&offset=0`,
    headers: AUTH,
    status: 200,
    check: list((page) => expect(page.data.map((c) => `${c.brand} ${c.last_digits}`)).toEqual(['Visa 4242', 'MasterCard 4444'])),
  },
  {
    title: "the transaction of Omise's own samples",
    path: `/transactions/${MOCK_IDS.omiseDocsTransaction}`,
    headers: AUTH,
    status: 200,
    check: (body) => expect(body).toMatchObject({ object: 'transaction', id: MOCK_IDS.omiseDocsTransaction, amount: 100000, currency: 'THB' }),
  },
  {
    title: 'Prefer: code=400, example=bad_order: that named example of the status, as Prism takes it',
    path: CARDS,
    headers: { ...AUTH, prefer: 'code=400, example=bad_order' },
    status: 400,
    check: omiseError('bad_request', /^order must be one of chronological, reverse_chronological$/),
  },
  {
    title: 'Prefer: code=400, example=nope: a usage error listing the examples of that status',
    path: CARDS,
    headers: { ...AUTH, prefer: 'code=400, example=nope' },
    status: 400,
    check: omiseError('bad_request', /example=nope is not an example of the 400 answer \(one of bad_request, bad_offset, bad_order, bad_date, from_after_to\)/),
  },
];

/** Runs one case against a face, asserting status, content type and body. */
export async function runCase(ask: Ask, c: MockCase): Promise<void> {
  const response = await ask(c.path, c.headers);
  expect(response.status).toBe(c.status);
  const text = await response.text();
  if (c.status === 429) expect(text).toBe('');
  else expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  c.check?.(text === '' ? undefined : JSON.parse(text), response);
}
