// Every example in openapi.yaml must validate against its own schema: the mock serves these bodies,
// so a broken example would teach partner teams a shape the real API never sends.
import { describe, expect, it } from 'vitest';
import { loadSpec, resolveRef, type JsonObject } from '../scripts/spec.js';
import { CUSTOMER_ID } from './support/fixtures.js';
import { collectExamples } from './support/spec-examples.js';
import { compileNode, schemaValidator, specAjv } from '../scripts/spec-ajv.js';

const doc = loadSpec();
const ajv = specAjv(doc);

const cases = collectExamples(doc);
const checkedValues = new Set(cases.map((c) => c.value));

describe('openapi.yaml examples', () => {
  it('has examples for every response with a body; only 429, whose body Omise does not document, has none', () => {
    const missing: string[] = [];
    const bodiless: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as JsonObject)) {
      for (const [method, op] of Object.entries(item as JsonObject)) {
        for (const [status, response] of Object.entries((op as JsonObject).responses as JsonObject)) {
          const content = (resolveRef(doc, response) as JsonObject).content as JsonObject | undefined;
          const media = content?.['application/json'] as JsonObject | undefined;
          const where = `${method.toUpperCase()} ${path} ${status}`;
          if (!content) bodiless.push(where);
          else if (!media || Object.keys((media.examples ?? {}) as JsonObject).length === 0) missing.push(where);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(bodiless.length).toBeGreaterThan(0);
    expect(bodiless.filter((where) => !where.endsWith(' 429'))).toEqual([]);
  });

  it('checks every named example of components/examples (none sits unused and unchecked)', () => {
    const named = Object.entries((doc.components as JsonObject).examples as JsonObject);
    expect(named.length).toBeGreaterThanOrEqual(11);
    const unchecked = named.filter(([, ex]) => !checkedValues.has((ex as JsonObject).value)).map(([name]) => name);
    expect(unchecked).toEqual([]);
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_where, c) => {
    const validate = compileNode(ajv, c.schema);
    const ok = validate(c.value);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('error examples are Omise-shaped, with the code their status implies', () => {
    const expectedCode: Record<string, RegExp> = {
      '400': /^bad_request$/,
      '401': /^authentication_failure$/,
      '404': /^not_found$/,
      '500': /^internal_error$/,
      '503': /^service_unavailable$/,
    };
    for (const c of cases) {
      const status = /\/responses\/(\d{3})\//.exec(c.where)?.[1];
      if (!status || status.startsWith('2')) continue;
      const body = c.value as JsonObject;
      expect(body.object, c.where).toBe('error');
      expect(String(body.code), c.where).toMatch(expectedCode[status] ?? /^$/);
      expect(String(body.location), c.where).toMatch(/^https:\/\/www\.omise\.co\/api-errors#/);
    }
  });
});

describe('the schemas reject what the real API would never send', () => {
  const card = schemaValidator(ajv, 'Card');
  const list = schemaValidator(ajv, 'CardList');
  const trxn = schemaValidator(ajv, 'Transaction');
  const example = (name: string) => (resolveRef(doc, { $ref: `#/components/examples/${name}` }) as JsonObject).value as JsonObject;
  const goodCard = (example('CardListMixed').data as JsonObject[])[0]!;

  it('a card missing a field, with a wrong type, or a 2017-11-02 field name', () => {
    expect(card(goodCard)).toBe(true);
    const { created_at, ...withoutCreatedAt } = goodCard;
    expect(card({ ...withoutCreatedAt, created: created_at })).toBe(false);
    expect(card({ ...goodCard, expiration_month: 13 })).toBe(false);
    expect(card({ ...goodCard, last_digits: 4242 })).toBe(false);
    expect(card({ ...goodCard, financing: 'charge' })).toBe(false);
    // A customer's id where a card's belongs.
    expect(card({ ...goodCard, id: CUSTOMER_ID })).toBe(false);
  });

  it('a card with the nullable fields null is accepted (real cards without an address)', () => {
    const bare = { ...goodCard };
    for (const key of ['first_digits', 'bank', 'country', 'city', 'postal_code', 'state', 'street1', 'street2', 'phone_number', 'tokenization_method']) {
      bare[key] = null;
    }
    expect(card(bare), JSON.stringify(card.errors)).toBe(true);
  });

  it('a list with a wrong object tag or limit, and a transaction with a 2017 `type`', () => {
    expect(list({ ...example('CardListEmpty'), object: 'card' })).toBe(false);
    expect(list({ ...example('CardListEmpty'), limit: 101 })).toBe(false);
    const { direction, ...rest } = example('TransactionCredit');
    expect(trxn({ ...rest, type: direction })).toBe(false);
    expect(trxn({ ...example('TransactionCredit'), amount: 10.5 })).toBe(false);
    expect(trxn({ ...example('TransactionCredit'), direction: 'sideways' })).toBe(false);
  });
});
