// GET /customers/{id}/cards through the client, against Prism.
import { describe, expect, it } from 'vitest';
import { OmiseBadRequestError, type Card, type CardList } from '../src/index.js';
import { failure } from '../test/support/failure.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import { CUSTOMER_ID, TEST_KEY, TRANSPORTS, basicAuth, contractClient, exampleBodies, exampleNames, rawRequest } from './support/clients.js';

const ajv = specAjv();
const validCardList = schemaValidator(ajv, 'CardList');
const names = exampleNames('listCustomerCards');

describe.each(TRANSPORTS)('over the %s transport', (via) => {
  describe('listCustomerCards 200', () => {
    it('has named examples to exercise', () => {
      expect(names).toEqual(expect.arrayContaining(['cards', 'jcb', 'empty']));
    });

    it.each(names)('example %s: typed data that ajv accepts', async (name) => {
      const page = await contractClient({ via, prefer: `example=${name}` }).customers.listCards(CUSTOMER_ID);
      expect(validCardList(page), JSON.stringify(validCardList.errors)).toBe(true);
      expect(page.object).toBe('list');
      expect(page.data.length).toBeLessThanOrEqual(page.limit);
    });

    it('example jcb is a JCB card, example cards holds Visa, MasterCard and JCB', async () => {
      const jcb = await contractClient({ via, prefer: 'example=jcb' }).customers.listCards(CUSTOMER_ID);
      expect(jcb.data.map((c) => c.brand)).toEqual(['JCB']);
      const mixed = await contractClient({ via, prefer: 'example=cards' }).customers.listCards(CUSTOMER_ID);
      expect(mixed.data.map((c) => c.brand)).toEqual(['Visa', 'MasterCard', 'JCB']);
    });

    it('listAllCards reads the mock to the end', async () => {
      const cards: Card[] = [];
      for await (const card of contractClient({ via }).customers.listAllCards(CUSTOMER_ID)) cards.push(card);
      expect(cards.length).toBe(3);
    });

    // Prism seeded (contract-tests/global-setup.ts) generates one body and answers every request with
    // it, whatever the query: repeatable, and unlike any example. The seed is one whose list holds
    // cards (20190529's was empty: it checked no card at all).
    it('the seeded dynamic mock: a generated list of cards that ajv and the client validators accept, the same for every query', async () => {
      // The generated page names a customer of its own in `location`: the client is asked for that
      // one; for any other, the client refuses the page (Omise never answers so).
      const seeded = (await (await rawRequest(`/customers/${CUSTOMER_ID}/cards`, { authorization: basicAuth() }, true)).json()) as CardList;
      const customerId = seeded.location.split('/')[2]!;
      const omise = contractClient({ via, dynamic: true, secretKey: customerId.includes('_test_') ? TEST_KEY : 'skey_5fz0oluu2v7vk6cnsqx' });
      const page = await omise.customers.listCards(customerId);
      expect(page).toEqual(seeded);
      expect(validCardList(page), JSON.stringify(validCardList.errors)).toBe(true);
      expect(page.data.length).toBeGreaterThan(0);
      expect(exampleBodies('listCustomerCards')).not.toContainEqual(page);
      expect(await omise.customers.listCards(customerId, { limit: 100, offset: 10, order: 'reverse_chronological' })).toEqual(page);
      if (customerId !== CUSTOMER_ID) {
        expect(await failure(contractClient({ via, dynamic: true }).customers.listCards(CUSTOMER_ID))).toMatchObject({ code: 'invalid_response', status: 200 });
      }
    });
  });

  describe('listCustomerCards 400', () => {
    it.each([
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
      ['offset=-1', 'offset'],
      ['order=bogus', 'order'],
    ])('Prism answers %s with Omise bad_request (raw request: the client refuses it before sending)', async (query, param) => {
      const res = await rawRequest(`/customers/${CUSTOMER_ID}/cards?${query}`, { authorization: basicAuth() });
      expect(res.status).toBe(400);
      expect(res.headers.get('sl-violations')).toContain(param);
      const body = (await res.json()) as { object: string; code: string };
      expect(schemaValidator(ajv, 'Error')(body)).toBe(true);
      expect(body.code).toBe('bad_request');
    });

    it('the client maps a 400 to OmiseBadRequestError', async () => {
      const error = await contractClient({ via, prefer: 'code=400' }).customers.listCards(CUSTOMER_ID).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OmiseBadRequestError);
      expect(error).toMatchObject({ status: 400, code: 'bad_request', attempts: 1 });
    });
  });
});
