// The two calls every benchmark row makes, one transaction and a page of 20 cards, written once so
// that every client (`npm run bench`, `npm run bench:compare`) is measured on the same requests.
import createClient from 'openapi-fetch';
import { request } from 'undici';
import type { paths } from '../generated/schema.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';
import type { Call } from './measure.js';
import { BENCH_CUSTOMER, BENCH_TRANSACTION } from './server.js';

export interface Calls {
  retrieve: Call;
  listCards: Call;
}

/** Omise's resource methods, as this client (any build of it) and the official SDK name them. */
interface OmiseLike {
  transactions: { retrieve(id: string): Promise<unknown> };
  customers: { listCards(id: string, params: { limit: number }): Promise<unknown> };
}

export const omiseCalls = (client: OmiseLike): Calls => ({
  retrieve: () => client.transactions.retrieve(BENCH_TRANSACTION),
  listCards: () => client.customers.listCards(BENCH_CUSTOMER, { limit: 20 }),
});

// What a client without Omise's methods sends: the key as user name, and the API version.
const HEADERS = { Authorization: `Basic ${btoa(`${MOCK_SECRET_KEY}:`)}`, 'Omise-Version': '2019-05-29' };

/** Bare openapi-fetch on global fetch: the baseline of "cost ÷ bare openapi-fetch". */
export function bareCalls(baseUrl: string): Calls {
  const bare = createClient<paths>({ baseUrl, headers: HEADERS });
  return {
    retrieve: () => bare.GET('/transactions/{id}', { params: { path: { id: BENCH_TRANSACTION } } }),
    listCards: () => bare.GET('/customers/{id}/cards', { params: { path: { id: BENCH_CUSTOMER }, query: { limit: 20 } } }),
  };
}

/** undici's request and the body's JSON, nothing else: the floor no client can go under. */
export function floorCalls(baseUrl: string): Calls {
  const transaction = `${baseUrl}/transactions/${BENCH_TRANSACTION}`;
  const cards = `${baseUrl}/customers/${BENCH_CUSTOMER}/cards?limit=20`;
  return {
    retrieve: async () => (await request(transaction, { headers: HEADERS })).body.json(),
    listCards: async () => (await request(cards, { headers: HEADERS })).body.json(),
  };
}
