// The real client from src/, pointed at a Prism mock, recording what it exercised, validating every
// 2xx body with the generated validators.
import { afterAll, inject } from 'vitest';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../../src/testing/fixtures.js';
import { loadSpec, operations, type JsonObject } from '../../scripts/spec.js';
import { fetchTransport } from '../../src/fetch-transport.js';
import { createOmiseClient, type OmiseClient, type OmiseClientOptions } from '../../src/index.js';
import { createNodeTransport } from '../../src/node.js';
import { recordingFetch, recordingTransport } from './coverage.js';

export const TEST_KEY = MOCK_SECRET_KEY;
// The ids of the spec's examples, which are also the mock fixtures' first customer and transaction.
export const CUSTOMER_ID: string = MOCK_IDS.customerWithCards;
export const TRANSACTION_ID: string = MOCK_IDS.transactionCredit;

/** Every contract test runs on both transports: the fetch one and the Node one (the default on Node). */
export const TRANSPORTS = ['fetch', 'node'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

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
export function rawRequest(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return recordingFetch()(`${inject('prismStaticUrl')}${path}`, { method: 'GET', headers });
}

export const basicAuth = (key: string = TEST_KEY): string => `Basic ${btoa(`${key}:`)}`;

/** Names of the 200 examples of an operation, read from openapi.yaml. */
export function exampleNames(operationId: string): string[] {
  const op = operations(loadSpec()).find((o) => o.operationId === operationId);
  const ok = ((op?.operation.responses as JsonObject)['200'] as JsonObject).content as JsonObject;
  return Object.keys(((ok['application/json'] as JsonObject).examples ?? {}) as JsonObject);
}
