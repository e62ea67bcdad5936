// An answer is held to what was asked: another object's answer (a caching proxy's mix-up, a server's
// bug) is a typed error and never the value, and a number JavaScript cannot hold exactly is refused
// rather than rounded. On both transports, against loopback servers, with and without validateResponses.
import { describe, expect, it } from 'vitest';
import { OmiseApiError, createOmiseClient, type OmiseClientOptions, type RetrieveResult } from '../src/index.node.js';
import { failure } from './support/failure.js';
import { CUSTOMER_ID, OTHER_TRANSACTION_ID, TEST_KEY, TRANSACTION_ID, cardPage, transaction } from './support/fixtures.js';
import { json, text } from './support/loopback-server.js';
import { loopbackPerTest, transports } from './support/transports.js';

const OTHER_CUSTOMER_ID = 'cust_test_5fz0othercustomer0';
const trxn = (id: string) => ({ ...transaction(), id, location: `/transactions/${id}` });

describe.each(transports)('answers held to what was asked, over $name', (transport) => {
  const loopback = loopbackPerTest(transport, json(200, transaction()));
  const client = (options: OmiseClientOptions = {}) => createOmiseClient({ secretKey: TEST_KEY, baseUrl: loopback.server.url, maxRetries: 0, ...loopback.options, ...options });

  for (const validateResponses of [false, true]) {
    describe(validateResponses ? 'with validateResponses' : 'without validateResponses', () => {
      it('retrieve(A) answered with transaction B: invalid_response naming both, not B', async () => {
        loopback.server.handle(json(200, trxn(OTHER_TRANSACTION_ID)));
        const error = await failure(client({ validateResponses }).transactions.retrieve(TRANSACTION_ID));
        expect(error).toBeInstanceOf(OmiseApiError);
        expect(error).toMatchObject({ code: 'invalid_response', status: 200 });
        expect(error.message).toContain(`the answer is for id "${OTHER_TRANSACTION_ID}", not the ${TRANSACTION_ID} asked for`);
      });

      it("retrieve(A) answered with A's id but B's location: invalid_response", async () => {
        loopback.server.handle(json(200, { ...trxn(TRANSACTION_ID), location: `/transactions/${OTHER_TRANSACTION_ID}` }));
        const error = await failure(client({ validateResponses }).transactions.retrieve(TRANSACTION_ID));
        expect(error).toMatchObject({ code: 'invalid_response', message: expect.stringContaining("the answer's location is") });
      });

      it("listCards(X) answered with customer Y's page: invalid_response", async () => {
        loopback.server.handle(json(200, cardPage(3, 0, 20, OTHER_CUSTOMER_ID)));
        const error = await failure(client({ validateResponses }).customers.listCards(CUSTOMER_ID));
        expect(error).toMatchObject({ code: 'invalid_response', message: expect.stringContaining(`location is "/customers/${OTHER_CUSTOMER_ID}/cards", not the /customers/${CUSTOMER_ID}/cards asked for`) });
      });

      it('an amount past 2^53 - 1 is refused, not rounded (9007199254740993 would read as ...992)', async () => {
        const body = JSON.stringify(trxn(TRANSACTION_ID)).replace(/"amount":\d+/, '"amount":9007199254740993');
        loopback.server.handle(text(200, body, { 'content-type': 'application/json' }));
        const error = await failure(client({ validateResponses }).transactions.retrieve(TRANSACTION_ID));
        expect(error).toMatchObject({ code: 'invalid_response', message: expect.stringContaining('amount holds a number that is not a whole number within 2^53 - 1') });
      });

      it('an amount of 1e21 (an integer to Number.isInteger) is refused too', async () => {
        const body = JSON.stringify(trxn(TRANSACTION_ID)).replace(/"amount":\d+/, '"amount":1e21');
        loopback.server.handle(text(200, body, { 'content-type': 'application/json' }));
        expect(await failure(client({ validateResponses }).transactions.retrieve(TRANSACTION_ID))).toMatchObject({ code: 'invalid_response' });
      });

      it("a card's expiration_year past 2^53 - 1 in a page is refused", async () => {
        const page = cardPage(2, 0, 20);
        const body = JSON.stringify(page).replace(/"expiration_year":\d+/, '"expiration_year":12345678901234567890');
        loopback.server.handle(text(200, body, { 'content-type': 'application/json' }));
        expect(await failure(client({ validateResponses }).customers.listCards(CUSTOMER_ID))).toMatchObject({
          code: 'invalid_response',
          message: expect.stringContaining('data[].expiration_year holds a number that is not a whole number within 2^53 - 1'),
        });
      });
    });
  }

  it('the largest safe amount passes, exactly', async () => {
    loopback.server.handle(json(200, { ...trxn(TRANSACTION_ID), amount: Number.MAX_SAFE_INTEGER }));
    expect((await client().transactions.retrieve(TRANSACTION_ID)).amount).toBe(9007199254740991);
  });

  it('an absolute location naming the path asked for is the same answer', async () => {
    loopback.server.handle(json(200, { ...trxn(TRANSACTION_ID), location: `https://api.omise.co/transactions/${TRANSACTION_ID}` }));
    expect((await client().transactions.retrieve(TRANSACTION_ID)).id).toBe(TRANSACTION_ID);
  });

  it("retrieveMany([A, B]) answered crosswise: each id's result is its invalid_response, never the other's transaction", async () => {
    // The server answers each path with the other id's transaction.
    loopback.server.handle((req, res, i) => json(200, trxn(req.url?.includes(TRANSACTION_ID) ? OTHER_TRANSACTION_ID : TRANSACTION_ID))(req, res, i));
    const results: RetrieveResult[] = [];
    for await (const r of client().transactions.retrieveMany([TRANSACTION_ID, OTHER_TRANSACTION_ID])) results.push(r);
    expect(results.map((r) => [r.id, r.ok, r.ok ? r.transaction.id : (r.error as OmiseApiError).code])).toEqual([
      [TRANSACTION_ID, false, 'invalid_response'],
      [OTHER_TRANSACTION_ID, false, 'invalid_response'],
    ]);
  });

  it("listAllCards refuses a later page that names another customer", async () => {
    loopback.server.handle(json(200, cardPage(150, 0, 100)), json(200, cardPage(150, 100, 100, OTHER_CUSTOMER_ID)));
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const c of client().customers.listAllCards(CUSTOMER_ID, { concurrency: 1 })) seen.push(c.id);
      })(),
    );
    expect(error).toMatchObject({ code: 'invalid_response' });
    expect(seen).toHaveLength(100);
    expect(seen).toEqual(cardPage(150, 0, 100).data.map((c) => c.id));
  });
});
