// createOmiseClient as Node gets it (package.json's "node" condition): without a fetch or transport
// of the caller's, it sends with the pooled keep-alive Node transport.
import { buildClient, type OmiseClient } from './client.js';
import { createNodeTransport } from './node-transport.js';
import type { OmiseClientOptions } from './options.js';

/** A client for the Omise API; on Node it sends with a pooled keep-alive transport (createNodeTransport). */
export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  return buildClient(options, createNodeTransport);
}
