// Omise-shaped bodies for the loopback server, built from the examples in openapi.yaml so that the
// fixtures cannot drift from the contract.
import { loadSpec, resolveRef, type JsonObject } from '../../scripts/spec.js';
import type { Card, CardList, Transaction } from '../../src/index.js';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../../src/testing/fixtures.js';
import { json, type Handler } from './loopback-server.js';

const doc = loadSpec();
const example = (name: string): JsonObject =>
  (resolveRef(doc, { $ref: `#/components/examples/${name}` }) as JsonObject).value as JsonObject;

// The one place tests take their key and ids from (contract-tests/support/clients.ts passes them on):
// the mock's, which are also the ids of the spec's examples. Keys and ids that are wrong on purpose
// (malformed, live, unknown) stay in the test that needs them.
export { MOCK_IDS };
export const CUSTOMER_ID: string = MOCK_IDS.customerWithCards;
export const TRANSACTION_ID: string = MOCK_IDS.transactionCredit;
/** A second known transaction, for tests that need two different ones. */
export const OTHER_TRANSACTION_ID: string = MOCK_IDS.transactionDebit;
export const TEST_KEY = MOCK_SECRET_KEY;

/** The credit example, or the same transaction under another id (the client holds an answer to the id asked). */
export const transaction = (id?: string): Transaction => {
  const credit = example('TransactionCredit') as unknown as Transaction;
  return id === undefined ? credit : { ...credit, id, location: `/transactions/${id}` };
};

/** A server's answer to any GET /transactions/{id}: the credit example under the id asked for. */
export const transactionAsked: Handler = (req, res, i) => json(200, transaction(new URL(req.url ?? '/', 'http://x').pathname.split('/').pop()))(req, res, i);

const templateCard = (example('CardListMixed').data as JsonObject[])[0] as unknown as Card;

export function card(i: number, customerId = CUSTOMER_ID): Card {
  const id = `card_test_${i.toString(36).padStart(6, '0')}`;
  return { ...templateCard, id, location: `/customers/${customerId}/cards/${id}` };
}

/** The page a real API would answer for this offset and limit over `total` cards. */
export function cardPage(total: number, offset: number, limit: number, customerId = CUSTOMER_ID): CardList {
  const data: Card[] = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) data.push(card(i, customerId));
  return {
    object: 'list',
    data,
    limit,
    offset,
    total,
    order: 'chronological',
    location: `/customers/${customerId}/cards`,
    from: '1970-01-01T00:00:00Z',
    to: '2024-11-24T10:00:00Z',
  };
}
