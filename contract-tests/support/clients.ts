// The real client from src/, pointed at a Prism mock, recording what it exercised, validating every
// 2xx body with the generated validators.
import { afterAll, inject } from 'vitest';
import { loadSpec, operations, resolveRef, type JsonObject } from '../../scripts/spec.js';
import { fetchTransport } from '../../src/runtime/fetch-transport.js';
import { createOmiseClient, type OmiseClient, type OmiseClientOptions } from '../../src/index.js';
import { createNodeTransport } from '../../src/node.js';
import { TEST_KEY } from '../../test/support/fixtures.js';
import { recordingFetch, recordingTransport } from './coverage.js';

// The test key and ids, from the one place every test takes them (test/support/fixtures.ts): the ids
// of the spec's examples, which are also the mock fixtures' first customer and transactions.
export { CUSTOMER_ID, OTHER_TRANSACTION_ID, TEST_KEY, TRANSACTION_ID } from '../../test/support/fixtures.js';

/** Every contract test runs on both transports: the fetch one and the Node one (the default on Node). */
export const TRANSPORTS = ['fetch', 'node'] as const;
type TransportName = (typeof TRANSPORTS)[number];

// One Node transport per test file, closed when the file is done.
const node = createNodeTransport();
afterAll(() => node.close());

export interface ContractClientOptions extends OmiseClientOptions {
  /** Prism's Prefer header: code=404, example=jcb. */
  prefer?: string;
  dynamic?: boolean;
  via?: TransportName;
}

export function contractClient({ prefer, dynamic, via = 'fetch', ...options }: ContractClientOptions = {}): OmiseClient {
  return createOmiseClient({
    secretKey: TEST_KEY,
    baseUrl: inject(dynamic ? 'prismDynamicUrl' : 'prismStaticUrl'),
    validateResponses: true,
    initialRetryDelayMs: 1,
    maxRetryDelayMs: 5,
    transport: recordingTransport(via === 'node' ? node : fetchTransport(globalThis.fetch), prefer),
    ...options,
  });
}

/** A request that bypasses the client (to send what the client refuses to), still recorded. */
export function rawRequest(path: string, headers: Record<string, string> = {}, dynamic = false): Promise<Response> {
  return recordingFetch()(`${inject(dynamic ? 'prismDynamicUrl' : 'prismStaticUrl')}${path}`, { method: 'GET', headers });
}

export const basicAuth = (key: string = TEST_KEY): string => `Basic ${btoa(`${key}:`)}`;

/** The 200 examples of an operation, by name, read from openapi.yaml. */
function examples(operationId: string): JsonObject {
  const doc = loadSpec();
  const op = operations(doc).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`openapi.yaml has no operation ${operationId}`);
  const ok = (resolveRef(doc, (op.operation.responses as JsonObject)['200']) as JsonObject).content as JsonObject;
  const named = ((ok['application/json'] as JsonObject).examples ?? {}) as JsonObject;
  return Object.fromEntries(Object.entries(named).map(([name, example]) => [name, (resolveRef(doc, example) as JsonObject).value]));
}

/** Names of the 200 examples of an operation. */
export function exampleNames(operationId: string): string[] {
  return Object.keys(examples(operationId));
}

/** The 200 example of an operation by its name. */
export function exampleBody(operationId: string, name: string): unknown {
  return examples(operationId)[name];
}

/** Bodies of the 200 examples of an operation. */
export function exampleBodies(operationId: string): unknown[] {
  return Object.values(examples(operationId));
}
