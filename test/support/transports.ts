// The transports the client test suites run against: every behaviour must hold on each.
import { afterEach, beforeEach } from 'vitest';
import type { OmiseClientOptions } from '../../src/index.js';
import { createNodeTransport } from '../../src/node.js';
import { startServer, type Handler, type LoopbackServer } from './loopback-server.js';

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

/** What a test of a transport case works with: a loopback server and the transport's client options. */
export interface LoopbackCase {
  readonly server: LoopbackServer;
  /** The transport case's options for createOmiseClient, made anew for each test. */
  readonly options: Pick<OmiseClientOptions, 'fetch' | 'transport'>;
}

/**
 * For each test of the describe block it is called in: a loopback server answering `first` until
 * told otherwise, and the transport case made anew; both closed after the test.
 */
export function loopbackPerTest(transport: TransportCase, first: Handler): LoopbackCase {
  let server: LoopbackServer | undefined;
  let made: ReturnType<TransportCase['create']> | undefined;
  beforeEach(async () => {
    server = await startServer(first);
    made = transport.create();
  });
  afterEach(async () => {
    await made?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get options() {
      return made!.options;
    },
  };
}
