// GET /transactions/{id} through the client, against Prism.
import { describe, expect, it } from 'vitest';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import { OTHER_TRANSACTION_ID, TRANSACTION_ID, TRANSPORTS, contractClient, exampleBodies, exampleNames } from './support/clients.js';

const ajv = specAjv();
const validTransaction = schemaValidator(ajv, 'Transaction');
const names = exampleNames('retrieveTransaction');

describe.each(TRANSPORTS)('over the %s transport', (via) => {
  describe('retrieveTransaction 200', () => {
    it('has a credit and a debit example', () => {
      expect(names).toEqual(expect.arrayContaining(['credit', 'debit']));
    });

    it.each(names)('example %s: typed data that ajv accepts', async (name) => {
      const t = await contractClient({ via, prefer: `example=${name}` }).transactions.retrieve(TRANSACTION_ID);
      expect(validTransaction(t), JSON.stringify(validTransaction.errors)).toBe(true);
      expect(t.direction).toBe(name);
      expect(Number.isInteger(t.amount)).toBe(true);
    });

    // Prism seeded (contract-tests/global-setup.ts) generates one body and answers every request with
    // it, whatever the id: repeatable, and unlike any example (properties the schema leaves open,
    // unusual strings and numbers). Asking again shows nothing new, so it is asked twice: once to
    // check the body, once to hold the mock to its seed.
    it('the seeded dynamic mock: a generated body that ajv and the client validators accept, the same for every request', async () => {
      const omise = contractClient({ via, dynamic: true });
      const t = await omise.transactions.retrieve(TRANSACTION_ID);
      expect(validTransaction(t), JSON.stringify(validTransaction.errors)).toBe(true);
      expect(exampleBodies('retrieveTransaction')).not.toContainEqual(t);
      expect(await omise.transactions.retrieve(OTHER_TRANSACTION_ID)).toEqual(t);
    });
  });
});
