// GET /transactions/{id} through the client, against Prism.
import { describe, expect, it } from 'vitest';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import * as validators from '../generated/response-validators.js';
import type { Transaction } from '../src/index.js';
import { failure } from '../test/support/failure.js';
import { OTHER_TRANSACTION_ID, TEST_KEY, TRANSACTION_ID, TRANSPORTS, basicAuth, contractClient, exampleBodies, exampleBody, exampleNames, rawRequest } from './support/clients.js';

const ajv = specAjv();
// The generated id may be of either mode; the client asks for it with a key of its mode.
const keyFor = (id: string): string => (id.includes('_test_') ? TEST_KEY : 'skey_5fz0oluu2v7vk6cnsqx');
const validTransaction = schemaValidator(ajv, 'Transaction');
const names = exampleNames('retrieveTransaction');

describe.each(TRANSPORTS)('over the %s transport', (via) => {
  describe('retrieveTransaction 200', () => {
    it('has a credit and a debit example', () => {
      expect(names).toEqual(expect.arrayContaining(['credit', 'debit']));
    });

    it.each(names)('example %s: typed data that ajv accepts', async (name) => {
      // Prism answers the example whatever the id: the client is asked for the example's own id.
      const { id } = exampleBody('retrieveTransaction', name) as Transaction;
      const t = await contractClient({ via, prefer: `example=${name}` }).transactions.retrieve(id);
      expect(validTransaction(t), JSON.stringify(validTransaction.errors)).toBe(true);
      expect(t.direction).toBe(name);
      expect(Number.isInteger(t.amount)).toBe(true);
    });

    // Prism seeded (contract-tests/global-setup.ts) generates one body and answers every request with
    // it, whatever the id: repeatable, and unlike any example (properties the schema leaves open,
    // unusual strings and numbers). Asking again shows nothing new, so it is asked twice: once to
    // check the body, once to hold the mock to its seed.
    // Its id and its location are generated apart, so they name two transactions: the client, which
    // holds an answer to what was asked, refuses it whatever id it asks for (Omise never answers so).
    it('the seeded dynamic mock: a generated body that ajv and the client validators accept, the same for every request; the client refuses it, its id and location disagreeing', async () => {
      const ask = async (id: string): Promise<Transaction> => (await (await rawRequest(`/transactions/${id}`, { authorization: basicAuth() }, true)).json()) as Transaction;
      const seeded = await ask(TRANSACTION_ID);
      expect(validTransaction(seeded), JSON.stringify(validTransaction.errors)).toBe(true);
      expect(validators.validateTransaction(seeded)).toBe(true);
      expect(exampleBodies('retrieveTransaction')).not.toContainEqual(seeded);
      expect(await ask(OTHER_TRANSACTION_ID)).toEqual(seeded);
      expect(seeded.location).not.toBe(`/transactions/${seeded.id}`);
      const error = await failure(contractClient({ via, dynamic: true, secretKey: keyFor(seeded.id) }).transactions.retrieve(seeded.id));
      expect(error).toMatchObject({ code: 'invalid_response', status: 200, message: expect.stringContaining("the answer's location is") });
    });
  });
});
