// validateResponses: the precompiled validators in generated/ against real bodies, and against ajv
// compiled from openapi.yaml at test time, so the two can never disagree unnoticed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../generated/response-validators.js';
import { OmiseResponseValidationError, createOmiseClient } from '../src/index.js';
import { CUSTOMER_ID, TEST_KEY, TRANSACTION_ID, cardPage, transaction } from './support/fixtures.js';
import { json, startServer, type LoopbackServer } from './support/loopback-server.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const client = (validateResponses: boolean) => createOmiseClient({ secretKey: TEST_KEY, baseUrl: server.url, validateResponses });

describe('validateResponses', () => {
  it('off by default: a body that breaks the schema is returned as it came', async () => {
    server.handle(json(200, { ...transaction(), direction: 'sideways' }));
    expect((await client(false).transactions.retrieve(TRANSACTION_ID)).direction).toBe('sideways');
  });

  it('on: a valid body passes', async () => {
    server.handle(json(200, cardPage(3, 0, 20)));
    expect((await client(true).customers.listCards(CUSTOMER_ID)).data).toHaveLength(3);
  });

  it.each([
    ['a wrong enum', { ...transaction(), direction: 'sideways' }, '/direction', 'enum'],
    ['a missing field', (({ created_at: _c, ...rest }) => rest)(transaction()), '/', 'required'],
    ['a wrong type', { ...transaction(), amount: '100' }, '/amount', 'type'],
  ])('on: %s throws OmiseResponseValidationError with the pointer', async (_name, body, pointer, keyword) => {
    server.handle(json(200, body));
    const error = (await client(true).transactions.retrieve(TRANSACTION_ID).catch((e: unknown) => e)) as OmiseResponseValidationError;
    expect(error).toBeInstanceOf(OmiseResponseValidationError);
    expect(error.pointer || '/').toBe(pointer);
    expect(error.keyword).toBe(keyword);
    expect(error.status).toBe(200);
    expect(error.message).toContain('openapi.yaml');
  });

  it('on: a card deep in a list is pointed at', async () => {
    const page = cardPage(3, 0, 20);
    page.data[2] = { ...page.data[2]!, expiration_month: 13 };
    server.handle(json(200, page));
    const error = (await client(true).customers.listCards(CUSTOMER_ID).catch((e: unknown) => e)) as OmiseResponseValidationError;
    expect(error.pointer).toBe('/data/2/expiration_month');
  });
});

describe('precompiled validators agree with ajv compiled from openapi.yaml', () => {
  const ajv = specAjv();
  const bodies: Array<[string, unknown]> = [
    ['Transaction', transaction()],
    ['Transaction', { ...transaction(), currency: 'thb' }],
    ['Transaction', { ...transaction(), amount: -1 }],
    ['Transaction', { ...transaction(), created_at: '2024-02-30T00:00:00Z' }],
    ['Transaction', { ...transaction(), transferable_at: '2024-02-29T00:00:00+07:00' }],
    ['CardList', cardPage(5, 0, 20)],
    ['CardList', { ...cardPage(1, 0, 20), order: null }],
    ['CardList', { ...cardPage(1, 0, 20), order: 'newest' }],
    ['CardList', { ...cardPage(1, 0, 20), limit: 0 }],
    ['Error', { object: 'error', location: 'https://www.omise.co/api-errors#not-found', code: 'not_found', message: 'x' }],
    ['Error', { object: 'error', location: 'not a uri', code: 'not_found', message: 'x' }],
  ];
  it.each(bodies)('%s %#', (schema, body) => {
    const precompiled = { Transaction: generated.validateTransaction, CardList: generated.validateCardList, Error: generated.validateError }[schema]!;
    expect(precompiled(body)).toBe(schemaValidator(ajv, schema)(body));
  });
});
