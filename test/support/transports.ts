// The transports the client test suites run against: every behaviour must hold on each.
import type { OmiseClientOptions } from '../../src/index.js';
import { createNodeTransport } from '../../src/node.js';

export interface TransportCase {
  name: string;
  /** Sends with a fetch function (the `fetch` option), which a test may wrap. */
  fetch: boolean;
  /** Options to spread into createOmiseClient, and what to close after the test. */
  create(): { options: Pick<OmiseClientOptions, 'fetch' | 'transport'>; close(): Promise<void> };
}

export const transports: TransportCase[] = [
  { name: 'global fetch', fetch: true, create: () => ({ options: { fetch: globalThis.fetch }, close: async () => undefined }) },
  {
    name: 'Node transport (undici)',
    fetch: false,
    create: () => {
      const transport = createNodeTransport();
      return { options: { transport }, close: () => transport.close() };
    },
  },
];
