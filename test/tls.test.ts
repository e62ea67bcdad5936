// HTTPS as production speaks it, on loopback: certificates made at test time by a test CA. Trusting the
// CA (createNodeTransport({ ca }), or a fetch bound to an undici Agent with it) succeeds; each refused
// certificate fails once, typed, with its code and host, never retried; a handshake that never
// completes stays within timeoutMs.
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OmiseCertificateError, OmiseConnectionError, OmiseTimeoutError, createOmiseClient, type OmiseClientOptions } from '../src/index.node.js';
import { createNodeTransport } from '../src/node.js';
import { failure } from './support/failure.js';
import { TEST_KEY, TRANSACTION_ID, transaction } from './support/fixtures.js';
import { makeTestPki, type TestPki } from './support/tls.js';

let pki: TestPki;
const servers: Record<string, { server: HttpsServer; url: string; handshakes: number }> = {};

async function httpsServer(name: keyof Omit<TestPki, 'ca'>): Promise<void> {
  const entry = { server: createHttpsServer(pki[name], (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(transaction()))), url: '', handshakes: 0 };
  // Every TLS handshake the client starts, completed or refused.
  entry.server.on('connection', () => entry.handshakes++);
  entry.server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => entry.server.listen(0, '127.0.0.1', resolve));
  entry.url = `https://127.0.0.1:${(entry.server.address() as { port: number }).port}`;
  servers[name] = entry;
}

beforeAll(async () => {
  pki = await makeTestPki();
  for (const name of ['good', 'expired', 'otherHost', 'selfSigned'] as const) await httpsServer(name);
});
afterAll(async () => {
  for (const { server } of Object.values(servers)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

// The two ways to trust a CA: the Node transport's `ca`, and a fetch bound to an undici Agent that has it.
const WAYS: Array<{ name: string; create(trust: boolean): { options: Pick<OmiseClientOptions, 'fetch' | 'transport'>; close(): Promise<void> } }> = [
  {
    name: 'Node transport',
    create: (trust) => {
      const transport = createNodeTransport(trust ? { ca: pki.ca } : {});
      return { options: { transport }, close: () => transport.close() };
    },
  },
  {
    name: 'fetch',
    create: (trust) => {
      const agent = new Agent(trust ? { connect: { ca: pki.ca } } : {});
      return { options: { fetch: (url: string, init: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response> }, close: () => agent.close() };
    },
  },
];

describe.each(WAYS)('TLS over $name', (way) => {
  async function call(server: string, trust: boolean, options: OmiseClientOptions = {}) {
    const made = way.create(trust);
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: servers[server]!.url, maxRetries: 2, initialRetryDelayMs: 1, maxRetryDelayMs: 2, ...made.options, ...options });
      return await omise.transactions.retrieve(TRANSACTION_ID).withResponse();
    } finally {
      await made.close();
    }
  }

  it('a server whose certificate the test CA signed: trusted with the CA, the call succeeds', async () => {
    const { data, response } = await call('good', true);
    expect(data.id).toBe(TRANSACTION_ID);
    expect(response.attempts).toBe(1);
  });

  it.each([
    ['good', false, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'not trusted'],
    ['selfSigned', true, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'],
    ['expired', true, 'CERT_HAS_EXPIRED', 'expired'],
    ['otherHost', true, 'ERR_TLS_CERT_ALTNAME_INVALID', 'another host name'],
  ] as const)('%s (CA trusted: %s): OmiseCertificateError %s, after one handshake, with the host and advice', async (server, trust, code, says) => {
    const before = servers[server]!.handshakes;
    const error = await failure(call(server, trust));
    expect(error).toBeInstanceOf(OmiseCertificateError);
    expect(error).toBeInstanceOf(OmiseConnectionError);
    const host = new URL(servers[server]!.url).host;
    expect(error).toMatchObject({ code, host, attempts: 1 });
    expect(error.message).toContain(`The TLS certificate of ${host} was refused (${code})`);
    expect(error.message).toContain(says);
    expect(error.message).toMatch(/Not retried\. If a proxy on the way re-signs traffic with its own CA, trust that CA \(NODE_EXTRA_CA_CERTS/);
    expect(servers[server]!.handshakes - before).toBe(1);
  });

  it('a handshake that never completes ends within timeoutMs, as a timeout', async () => {
    // Accepts the connection and never answers the ClientHello.
    const sockets: Socket[] = [];
    const silent: TcpServer = createTcpServer((socket) => void sockets.push(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const made = way.create(true);
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: `https://127.0.0.1:${(silent.address() as { port: number }).port}`, maxRetries: 0, timeoutMs: 300, ...made.options });
      const error = await failure(omise.transactions.retrieve(TRANSACTION_ID));
      expect(error).toBeInstanceOf(OmiseTimeoutError);
      expect(error).toMatchObject({ attempts: 1, budget: 'attempt', timeoutMs: 300 });
    } finally {
      // The sockets first: the handshake the client gave up on then ends, and close() need not wait for it.
      for (const socket of sockets) socket.destroy();
      await made.close();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('the ca option', () => {
  it.each([[[]], [42], [[{}]], ['not a pem'], [['-----BEGIN CERTIFICATE-----\n...', 'nope']]])('refuses %j at creation', (ca) => {
    expect(() => createNodeTransport({ ca: ca as unknown as string })).toThrow(/ca must be a PEM certificate/);
  });

  it("adds roots: Node's own stay trusted, the ones given come after", async () => {
    const { planDispatcher, trustedRoots } = await import('../src/node/node-dispatcher.js');
    const tls = await import('node:tls');
    const plan = planDispatcher(10, 30_000, false, pki.ca);
    const roots = trustedRoots(tls, plan.ca!);
    expect(roots).toEqual(expect.arrayContaining([...tls.rootCertificates, pki.ca]));
    expect(roots.at(-1)).toBe(pki.ca);
  });
});
