// Negative controls: the validators the contract relies on must be able to say no. A body that
// breaks the schema, a broken example, and a broken schema are each caught.
import { describe, expect, it } from 'vitest';
import * as generated from '../generated/response-validators.js';
import { loadSpec, type JsonObject } from '../scripts/spec.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import { exampleViolations } from '../test/support/spec-examples.js';

const doc = loadSpec();
const example = (name: string): JsonObject => structuredClone(((doc.components as JsonObject).examples as JsonObject)[name] as JsonObject).value as JsonObject;

describe('a body that breaks the schema is rejected', () => {
  const ajv = specAjv(doc);
  const list = example('CardListMixed');
  const firstCard = (list.data as JsonObject[])[0]!;
  const broken: Array<[string, string, unknown]> = [
    ['missing field', 'CardList', { ...list, data: [(({ fingerprint: _f, ...rest }) => rest)(firstCard)] }],
    ['wrong enum', 'CardList', { ...list, order: 'newest_first' }],
    ['wrong type', 'CardList', { ...list, total: '3' }],
    ['missing field', 'Transaction', (({ origin: _o, ...rest }) => rest)(example('TransactionDebit'))],
    ['wrong enum', 'Transaction', { ...example('TransactionDebit'), direction: 'refund' }],
    ['wrong type', 'Transaction', { ...example('TransactionDebit'), livemode: 'false' }],
  ];
  it.each(broken)('%s in %s: ajv from openapi.yaml and the generated validator both reject it', (_kind, schema, body) => {
    expect(schemaValidator(ajv, schema)(body)).toBe(false);
    const precompiled = schema === 'CardList' ? generated.validateCardList : generated.validateTransaction;
    expect(precompiled(body)).toBe(false);
  });
});

describe('a deliberately broken spec makes the example check fail', () => {
  it('the spec as committed has no violations', () => {
    expect(exampleViolations(doc)).toEqual([]);
  });

  it('a broken example (expiration_month 13) is reported', () => {
    const copy = structuredClone(doc);
    const card = ((((copy.components as JsonObject).examples as JsonObject).CardListJcb as JsonObject).value as JsonObject).data as JsonObject[];
    card[0]!.expiration_month = 13;
    const violations = exampleViolations(copy);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(/jcb.*expiration_month/s);
  });

  it('a broken schema (last_digits as an integer) is reported against the real examples', () => {
    const copy = structuredClone(doc);
    const card = ((copy.components as JsonObject).schemas as JsonObject).Card as JsonObject;
    (card.properties as JsonObject).last_digits = { type: 'integer' };
    expect(exampleViolations(copy).join('\n')).toMatch(/last_digits must be integer/);
  });
});
