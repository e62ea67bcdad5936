// 401, 404, 429 and 5xx of every operation (from the spec: support/spec-cases.ts): Prism's
// Omise-shaped bodies through the client's one mapping, and how many times each is retried.
import { describe, expect, it } from 'vitest';
import { OmiseAuthenticationError, OmiseNotFoundError, OmiseRateLimitError, OmiseServerError, type OmiseClient } from '../src/index.js';
import { clientCall, contractCases } from './support/spec-cases.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';
import { TEST_KEY, TRANSPORTS, contractClient, rawRequest } from './support/clients.js';

const ajv = specAjv();
const validError = schemaValidator(ajv, 'Error');

// One call per operation, with the ids of its first example, and the statuses it declares; each test
// sets the retries on the client, and runs where the operation declares its status.
const cases = contractCases();
const calls: Array<[string, string, (omise: OmiseClient) => Promise<unknown>, Set<number>]> = [...new Map(cases.map((c) => [c.operationId, c])).values()].map((c) => [
  c.operationId,
  c.path,
  clientCall(c),
  new Set(cases.filter((d) => d.operationId === c.operationId).map((d) => d.status)),
]);

describe.each(TRANSPORTS)('over the %s transport', (via) => {
  describe.each(calls)('%s errors', (_operation, path, call, declared) => {
    it.each([
      ['no Authorization', {}],
      ['a Bearer token', { authorization: `Bearer ${TEST_KEY}` }],
      ['Basic without a colon', { authorization: `Basic ${btoa(TEST_KEY)}` }],
    ])('Prism answers 401 authentication_failure to %s (raw request)', async (_name, headers) => {
      const res = await rawRequest(path, headers);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { code: string };
      expect(validError(body)).toBe(true);
      expect(body.code).toBe('authentication_failure');
    });

    it.runIf(declared.has(401))('401 -> OmiseAuthenticationError with Omise code and message', async () => {
      const error = (await call(contractClient({ via, prefer: 'code=401' })).catch((e: unknown) => e)) as OmiseAuthenticationError;
      expect(error).toBeInstanceOf(OmiseAuthenticationError);
      expect(error).toMatchObject({ status: 401, code: 'authentication_failure', omiseMessage: 'authentication failed', attempts: 1 });
      expect(error.location).toBe('https://www.omise.co/api-errors#authentication-failure');
    });

    it.runIf(declared.has(404))('404 -> OmiseNotFoundError', async () => {
      const error = (await call(contractClient({ via, prefer: 'code=404' })).catch((e: unknown) => e)) as OmiseNotFoundError;
      expect(error).toBeInstanceOf(OmiseNotFoundError);
      expect(error).toMatchObject({ status: 404, code: 'not_found', attempts: 1 });
      expect(error.omiseMessage).toMatch(/was not found$/);
    });

    it.runIf(declared.has(429))('429 -> retried, then OmiseRateLimitError (Omise documents no body for it)', async () => {
      let sent = 0;
      const omise = contractClient({ via, prefer: 'code=429', maxRetries: 1, onRetry: () => sent++ });
      const error = (await call(omise).catch((e: unknown) => e)) as OmiseRateLimitError;
      expect(error).toBeInstanceOf(OmiseRateLimitError);
      expect(error).toMatchObject({ status: 429, code: 'unexpected_response', attempts: 2 });
      expect(error.message).toMatch(/at most 10 parallel workers/);
      expect(sent).toBe(1);
    });

    it.each(
      (
        [
          [500, 'internal_error', 1],
          [503, 'service_unavailable', 3],
        ] as const
      ).filter(([status]) => declared.has(status)),
    )('%i -> retried exactly maxRetries times, then OmiseServerError', async (status, code, maxRetries) => {
      let sent = 0;
      const omise = contractClient({ via, prefer: `code=${status}`, maxRetries, onRetry: () => sent++ });
      const error = (await call(omise).catch((e: unknown) => e)) as OmiseServerError;
      expect(error).toBeInstanceOf(OmiseServerError);
      expect(error).toMatchObject({ status, code, attempts: maxRetries + 1 });
      expect(sent).toBe(maxRetries);
    });
  });
});
