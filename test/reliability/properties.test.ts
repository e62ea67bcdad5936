// Property tests (fast-check): 10 000 generated ids and parameter sets per endpoint. The oracle is
// independent of the client: ajv (with ajv-formats) compiled from the parameter schemas of
// openapi.yaml. Every invalid input is refused with OmiseValidationError and the server sees nothing;
// every valid one reaches the server as exactly the expected path and query string.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, operations, resolveRef, type JsonObject } from '../../scripts/spec.js';
import { credentialsFrom } from '../../src/runtime/auth.js';
import { OmiseConfigurationError, OmiseValidationError, createOmiseClient, type ListCardsParams, type OmiseClient } from '../../src/index.js';
import { TEST_KEY, cardPage, transactionAsked } from '../support/fixtures.js';
import { json, startServer, type LoopbackServer } from '../support/loopback-server.js';
import { compileNode, specAjv } from '../../scripts/spec-ajv.js';
import { report } from './support/report.js';

const RUNS = 10_000;
const KEY = TEST_KEY;
const doc = loadSpec();
const ajv = specAjv(doc);

// Oracle: one ajv validator per parameter, from the spec. A JSON Schema integer has no ceiling, a
// JavaScript number does: past 2^53 - 1 it is no longer the number written (2^53 + 1 reads as 2^53),
// so the client refuses it, and so does the oracle.
function paramOracle(operationId: string, where: 'path' | 'query'): Record<string, (v: unknown) => boolean> {
  const op = operations(doc).find((o) => o.operationId === operationId)!;
  const out: Record<string, (v: unknown) => boolean> = {};
  for (const p of op.operation.parameters as unknown[]) {
    const param = resolveRef(doc, p) as JsonObject;
    if (param.in !== where) continue;
    const valid = compileNode(ajv, param.schema) as (v: unknown) => boolean;
    out[String(param.name)] = (v) => valid(v) && (typeof v !== 'number' || !Number.isInteger(v) || Number.isSafeInteger(v));
  }
  return out;
}
const cardsQuery = paramOracle('listCustomerCards', 'query');
const cardsPath = paramOracle('listCustomerCards', 'path');
const trxnPath = paramOracle('retrieveTransaction', 'path');
// A test key can only reach test-mode ids.
const validId = (check: (v: unknown) => boolean, id: unknown): boolean => check(id) && (id as string).includes('_test_');

// Ids: mostly near-valid, with the characters that break URLs and paths mixed in.
const tail = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 25 });
const hostile = fc.constantFrom('/', '..', '%2F', '%2f', ' ', '\n', '?', '#', '_', 'A', 'é', '\u0000', '\\', '%', '+', '.');
function ids(prefix: string): fc.Arbitrary<unknown> {
  const base = fc.tuple(fc.constantFrom(`${prefix}_test_`, `${prefix}_`, 'card_test_', `${prefix}test_`, ''), tail).map(([p, t]) => p + t);
  const spliced = fc.tuple(base, hostile, fc.nat()).map(([id, bad, at]) => {
    const i = at % (id.length + 1);
    return id.slice(0, i) + bad + id.slice(i);
  });
  const valid = tail.map((t) => `${prefix}_test_${t}`);
  return fc.oneof(
    { weight: 10, arbitrary: valid },
    { weight: 4, arbitrary: base },
    { weight: 3, arbitrary: spliced },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 42, {}, '') },
  );
}

const date = fc.oneof(
  fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('Z', 'z', '+07:00', '-05:30', '+0700', '+07', '', '+24:00', ' UTC'), fc.constantFrom('T', 't', ' ', 'X'))
    .map(([y, mo, d, h, s, tz, sep]) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}${sep}${String(h).padStart(2, '0')}:59:${String(s).padStart(2, '0')}${tz}`),
  fc.string(),
);
const whole = fc.oneof(fc.integer({ min: -5, max: 105 }), fc.integer(), fc.double(), fc.constantFrom('20', null, true));
const validDate = fc
  .tuple(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('Z', '+07:00', '-05:30', '+05:45'))
  .map(([d, tz]) => d.toISOString().replace('Z', tz === 'Z' ? 'Z' : tz));
const validParams = fc.record(
  {
    limit: fc.integer({ min: 1, max: 100 }),
    offset: fc.integer({ min: 0, max: 10_000_000 }),
    order: fc.constantFrom('chronological', 'reverse_chronological'),
    from: validDate,
    to: validDate,
  },
  { requiredKeys: [] },
);
const anyParams = fc.record(
  {
    limit: whole,
    offset: fc.oneof(fc.integer({ min: -3, max: 1_000_000 }), fc.double(), fc.constant('0')),
    order: fc.oneof(fc.constantFrom('chronological', 'reverse_chronological'), fc.string(), fc.constantFrom('CHRONOLOGICAL', 1)),
    from: date,
    to: date,
    limt: fc.integer(),
  },
  { requiredKeys: [] },
);
const params = fc.oneof({ weight: 3, arbitrary: validParams }, { weight: 2, arbitrary: anyParams });

let server: LoopbackServer;
let omise: OmiseClient;
const stats = { trxnValid: 0, trxnInvalid: 0, cardsValid: 0, cardsInvalid: 0, keysRefused: 0, keysAccepted: 0 };
beforeAll(async () => {
  server = await startServer((req, res, i) => (req.url?.startsWith('/transactions/') ? transactionAsked : json(200, cardPage(0, 0, 20, req.url?.split('/')[2])))(req, res, i));
  omise = createOmiseClient({ secretKey: KEY, baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  report({
    title: 'property tests',
    summary: `3 × ${RUNS} property runs`,
    lines: [
      `fast-check, ${RUNS} runs per property; the oracle is ajv with ajv-formats compiled from the parameter schemas of openapi.yaml.`,
      '',
      '| property | valid inputs (sent, exact path and query) | invalid inputs (refused, nothing sent) |',
      '|---|---:|---:|',
      `| transactions.retrieve(id) | ${stats.trxnValid} | ${stats.trxnInvalid} |`,
      `| customers.listCards(id, params) | ${stats.cardsValid} | ${stats.cardsInvalid} |`,
      `| secret keys (CR/LF, unicode, pkey_, empty, …) | ${stats.keysAccepted} accepted, header exactly Basic base64(key:) | ${stats.keysRefused} refused at creation |`,
    ],
  });
});

async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('properties', () => {
  it('transactions.retrieve: invalid ids never reach the server; valid ones reach it as the exact path', async () => {
    await fc.assert(
      fc.asyncProperty(ids('trxn'), async (id) => {
        const before = server.requests.length;
        const error = await outcome(() => omise.transactions.retrieve(id as string));
        if (validId(trxnPath.id!, id)) {
          stats.trxnValid++;
          expect(error).toBeUndefined();
          expect(server.requests.length).toBe(before + 1);
          expect(server.requests.at(-1)?.url).toBe(`/transactions/${id as string}`);
        } else {
          stats.trxnInvalid++;
          expect(error).toBeInstanceOf(OmiseValidationError);
          expect(server.requests.length).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('customers.listCards: invalid id or parameters never reach the server; valid ones give the exact path and query', async () => {
    await fc.assert(
      fc.asyncProperty(ids('cust'), params, async (id, query) => {
        const before = server.requests.length;
        const error = await outcome(() => omise.customers.listCards(id as string, query as ListCardsParams));
        const entries = Object.entries(query).filter(([, v]) => v !== undefined);
        const valid = validId(cardsPath.id!, id) && entries.every(([k, v]) => cardsQuery[k]?.(v) === true);
        if (valid) {
          stats.cardsValid++;
          expect(error).toBeUndefined();
          const qs = entries.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
          expect(server.requests.at(-1)?.url).toBe(`/customers/${id as string}/cards${qs ? `?${qs}` : ''}`);
          expect(server.requests.length).toBe(before + 1);
        } else {
          stats.cardsInvalid++;
          expect(error).toBeInstanceOf(OmiseValidationError);
          expect(server.requests.length).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keys: anything but a well-formed secret key is refused at creation and never becomes a header', () => {
    const keys = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.tuple(fc.constantFrom('skey_test_', 'skey_', 'pkey_test_', 'pkey_', ''), fc.string(), fc.constantFrom('', '\r\n', '\n', ' ', '\t', 'é', 'X-Evil: 1')).map(([a, b, c]) => a + b + c),
      fc.tuple(fc.constantFrom('skey_test_', 'skey_'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'), minLength: 1 })).map(([a, b]) => a + b),
    );
    // The refusals are fixed sentences: none carries any part of the key it refuses.
    const sentences = new Set(
      ['', 'pkey_test_x', 'skey_test_ x', 'skey_test_!'].map((k) => {
        try {
          credentialsFrom(k);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error(`expected ${k} to be refused`);
      }),
    );
    expect(sentences.size).toBe(4);
    fc.assert(
      fc.property(keys, (key) => {
        let credentials: ReturnType<typeof credentialsFrom> | undefined;
        try {
          credentials = credentialsFrom(key);
        } catch (error) {
          stats.keysRefused++;
          expect(error).toBeInstanceOf(OmiseConfigurationError);
          expect(sentences.has((error as Error).message)).toBe(true);
          return;
        }
        stats.keysAccepted++;
        expect(key).toMatch(/^skey_(test_)?[0-9A-Za-z_]+$/);
        expect(credentials.authorization).toBe(`Basic ${btoa(`${key}:`)}`);
        expect(credentials.authorization).not.toMatch(/[\r\n]/);
      }),
      { numRuns: RUNS },
    );
  });
});
