// Every (operation, status) openapi.yaml declares, taken from the spec alone (support/spec-cases.ts):
// asked of Prism (static, and seeded dynamic for the 200s) and of our mock over HTTP, each body held to
// its schema by ajv; and through the client, over both transports, where each answer must come out as
// the value or as the error class of its status. A new operation is covered here with no test written;
// the other files of this folder test what the spec cannot say (retries, pagination, 400 wording).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationTable } from '../generated/operations.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { apiErrorClassFor } from '../src/runtime/errors.js';
import { MOCK_SECRET_KEY } from '../src/testing/index.js';
import { TEST_KEY, TRANSPORTS, basicAuth, contractClient, rawRequest } from './support/clients.js';
import { clientCall, contractCases, specValidators, type ContractCase } from './support/spec-cases.js';

const cases = contractCases();
const validator = specValidators();
const LIVE_KEY = 'skey_5fz0oluu2v7vk6cnsqx';
const keyFor = (c: ContractCase): string => (c.ids.every((id) => id.includes('_test_')) ? TEST_KEY : LIVE_KEY);
const title = (c: ContractCase): string => `${c.operationId} ${c.status} (Prefer: ${c.prefer})`;

async function checkBody(c: ContractCase, res: Response): Promise<unknown> {
  expect(res.status).toBe(c.status);
  const text = await res.text();
  if (c.schema === null) return undefined;
  const body: unknown = JSON.parse(text);
  const validate = validator(c.schema);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

it('the spec yields a case for every declared (operation, status)', () => {
  const declared = Object.values(operationTable).length;
  expect(new Set(cases.map((c) => c.operationId)).size).toBe(declared);
  expect(cases.filter((c) => c.status !== 200).length).toBeGreaterThanOrEqual(declared * 4);
});

describe('Prism, on the shipped spec', () => {
  it.each(cases.map((c) => [title(c), c] as const))('%s: the declared status and a body of its schema', async (_title, c) => {
    const body = await checkBody(c, await rawRequest(c.path, { authorization: basicAuth(keyFor(c)), prefer: c.prefer }));
    expect(body).toEqual(c.body);
  });

  it.each(cases.filter((c) => c.status === 200 && c.example === cases.find((d) => d.operationId === c.operationId)?.example).map((c) => [c.operationId, c] as const))(
    '%s: the seeded dynamic Prism generates a body of its schema',
    async (_id, c) => {
      await checkBody(c, await rawRequest(c.path, { authorization: basicAuth(keyFor(c)) }, true));
    },
  );
});

describe('our mock over HTTP, on the same cases', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ log: () => undefined });
  });
  afterAll(() => mock.close());

  it.each(cases.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    const body = await checkBody(c, await fetch(`${mock.url}${c.path}`, { headers: { authorization: basicAuth(MOCK_SECRET_KEY), prefer: c.prefer } }));
    // A 200 is the example, as the ids asked name it (asked with its own ids: the example itself). An
    // error is Omise's of that status; a 404 names the id asked, whatever id the example names.
    if (c.status === 200 || c.body === undefined) expect(body).toEqual(c.body);
    else if (c.status === 404) expect(body).toMatchObject({ ...(c.body as object), message: expect.stringContaining(c.ids.at(-1) ?? '') });
    else expect(body).toMatchObject({ object: 'error', code: (c.body as { code: string }).code });
  });
});

describe.each(TRANSPORTS)('through the client over the %s transport', (via) => {
  it.each(cases.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    const outcome = await clientCall(c, { maxRetries: 0 })(contractClient({ via, prefer: c.prefer, secretKey: keyFor(c) })).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if (c.status === 200) {
      expect(outcome).toHaveProperty('value');
      expect((outcome as { value: unknown }).value).toEqual(c.body);
    } else {
      const error = (outcome as { error: { status: number; code: string; omiseMessage: string } }).error;
      expect(error).toBeInstanceOf(apiErrorClassFor(c.status));
      expect(error.status).toBe(c.status);
      // Omise's code and message as the example has them; a status without a body has the client's own code.
      const example = c.body as { code?: string; message?: string } | undefined;
      expect([error.code, error.omiseMessage]).toEqual(example ? [example.code, example.message] : ['unexpected_response', expect.any(String)]);
    }
  });
});
