// GET /transactions/{id} through the client, against Prism.
import { describe, expect, it } from 'vitest';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import { TRANSACTION_ID, TRANSPORTS, contractClient, exampleNames } from './support/clients.js';

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

    it('60 dynamic responses: every body passes ajv and the client validators', async () => {
      const omise = contractClient({ via, dynamic: true });
      const directions = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const t = await omise.transactions.retrieve(TRANSACTION_ID);
        expect(validTransaction(t), JSON.stringify(validTransaction.errors)).toBe(true);
        directions.add(t.direction);
      }
      expect(directions.size).toBeGreaterThan(0);
    });
  });
});
