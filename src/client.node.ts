// createOmiseClient as Node gets it (package.json's "node" condition): without a fetch or transport
// of the caller's, it sends with the pooled keep-alive Node transport; attempts' deadlines share one
// timer (src/runtime/deadline.ts); refused certificates and proxies are named (src/node/node-failures.ts).
import { buildClient } from './client.js';
import type { OmiseClient } from './types.js';
import { sharedTimer } from './runtime/deadline.js';
import { nameNodeFailure } from './node/node-failures.js';
import { createNodeTransport } from './node/node-transport.js';
import type { OmiseClientOptions } from './runtime/options.js';

/**
 * A client for the Omise API; on Node it sends with a pooled keep-alive transport (createNodeTransport)
 * unless `fetch` or `transport` is given. Every option is checked here, before any request.
 * @param options - See {@link OmiseClientOptions}; all optional.
 * @throws {@link OmiseConfigurationError} when an option is unusable, naming it in `option`: no
 * secret key (neither `secretKey` nor OMISE_SECRET_KEY), a public or malformed key, an unknown
 * option or a value it does not take (a number out of range, a hook that is not a function, ...),
 * a baseUrl that is not an absolute http(s) URL (or plain http to another machine with a live key),
 * both `fetch` and `transport`, or no fetch in this runtime.
 * @example
 * ```ts
 * import { createOmiseClient, OmiseNotFoundError } from 'omise-openapi';
 *
 * // The key comes from OMISE_SECRET_KEY; every option has a default.
 * const omise = createOmiseClient({ timeoutMs: 10_000 });
 * try {
 *   const page = await omise.customers.listCards('cust_test_5fz0olfpy32zadv96ek', { limit: 10 });
 *   for (const card of page.data) console.log(card.brand, card.last_digits);
 * } catch (error) {
 *   if (!(error instanceof OmiseNotFoundError)) throw error;
 *   console.log(`no such customer (request id ${error.requestId})`);
 * }
 * ```
 */
export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  return buildClient(options, { startDeadline: sharedTimer, defaultTransport: createNodeTransport, nameFailure: nameNodeFailure });
}
