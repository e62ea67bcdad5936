// Egress proxies, on loopback: a CONNECT proxy in front of an HTTPS target (a test CA's certificate).
// The Node transport reads HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) or takes `proxy`; the
// fetch path is a fetch bound to undici's EnvHttpProxyAgent or ProxyAgent, as the README shows. Every
// request the target answers came through the proxy's tunnels (or, for a NO_PROXY host, none did);
// a refusing proxy is an OmiseProxyError naming the proxy; its credentials appear nowhere.
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { inspect } from 'node:util';
import { EnvHttpProxyAgent, ProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OmiseConfigurationError, OmiseConnectionError, OmiseProxyError, createOmiseClient, type OmiseClientOptions } from '../src/index.node.js';
import { createNodeTransport } from '../src/node.js';
import { startConnectProxy, type ConnectProxy } from './support/connect-proxy.js';
import { failure } from './support/failure.js';
import { TEST_KEY, TRANSACTION_ID, transactionAsked } from './support/fixtures.js';
import { findLeak } from './support/leaks.js';
import { makeTestPki, type TestPki } from './support/tls.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY'];
const USER = 'proxyuser';
const PASSWORD = 'pr0xyCanaryS3cret';

let pki: TestPki;
let target: HttpsServer;
let targetUrl: string;
/** The client port of every request the target answered. */
const targetRequests: number[] = [];

beforeAll(async () => {
  pki = await makeTestPki();
  target = createHttpsServer(pki.good, (req, res) => {
    targetRequests.push(req.socket.remotePort ?? 0);
    transactionAsked(req, res, 0);
  });
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  targetUrl = `https://127.0.0.1:${(target.address() as { port: number }).port}`;
});
afterAll(async () => {
  target.closeAllConnections();
  await new Promise((resolve) => target.close(resolve));
});

// The environment as each test sets it, restored after.
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
function setEnvironment(values: Record<string, string>): void {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
}
afterEach(() => {
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

interface Way {
  name: string;
  /** Knows the proxy's origin (to name it in errors). */
  namesProxy: boolean;
  /** A sender reading the environment as it is now, or going through `proxy` when given. */
  create(proxy?: string | false): { options: Pick<OmiseClientOptions, 'fetch' | 'transport'>; close(): Promise<void> };
}

const tlsOptions = () => ({ ca: pki.ca });
const WAYS: Way[] = [
  {
    name: 'Node transport',
    namesProxy: true,
    create: (proxy) => {
      const transport = createNodeTransport({ ca: pki.ca, ...(proxy !== undefined && { proxy }) });
      return { options: { transport }, close: () => transport.close() };
    },
  },
  {
    name: "fetch bound to undici's proxy agent",
    namesProxy: false,
    create: (proxy) => {
      const dispatcher: Dispatcher =
        typeof proxy === 'string'
          ? new ProxyAgent({ uri: proxy, requestTls: tlsOptions() })
          : new EnvHttpProxyAgent({ connect: tlsOptions(), requestTls: tlsOptions(), ...(proxy === false && { httpProxy: '', httpsProxy: '' }) });
      const fetch = (url: string, init: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
      return { options: { fetch }, close: () => dispatcher.close() };
    },
  },
];

describe.each(WAYS)('proxies over $name', (way) => {
  let proxy: ConnectProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  async function calls(count: number, options: OmiseClientOptions = {}, proxyOption?: string | false) {
    const made = way.create(proxyOption);
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: targetUrl, initialRetryDelayMs: 1, maxRetryDelayMs: 2, ...made.options, ...options });
      const results = [];
      for (let i = 0; i < count; i++) results.push(await omise.transactions.retrieve(TRANSACTION_ID));
      return results;
    } finally {
      await made.close();
    }
  }

  it.each(['HTTPS_PROXY', 'https_proxy'])('%s set: every request reaches the target through the proxy', async (variable) => {
    proxy = await startConnectProxy();
    setEnvironment({ [variable]: proxy.url });
    const before = targetRequests.length;
    const results = await calls(5);
    expect(results.map((t) => t.id)).toEqual(Array(5).fill(TRANSACTION_ID));
    expect(targetRequests.length - before).toBe(5);
    // Each request the target answered came in on a connection the proxy opened.
    for (const port of targetRequests.slice(before)) expect(proxy.upstreamPorts).toContain(port);
    expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(targetUrl).host]));
  });

  it('NO_PROXY naming the target: the proxy sees nothing', async () => {
    proxy = await startConnectProxy();
    setEnvironment({ HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' });
    const before = targetRequests.length;
    const results = await calls(3);
    expect(results).toHaveLength(3);
    expect(targetRequests.length - before).toBe(3);
    expect(proxy.tunnels).toEqual([]);
  });

  it('an explicit proxy with credentials: they reach the proxy as Proxy-Authorization, and the calls succeed', async () => {
    proxy = await startConnectProxy({ credentials: `${USER}:${PASSWORD}` });
    setEnvironment({});
    const url = new URL(proxy.url);
    url.username = USER;
    url.password = PASSWORD;
    const results = await calls(2, {}, url.href);
    expect(results).toHaveLength(2);
    expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);
  });

  it('407 (wrong credentials): OmiseProxyError 407 after one attempt, naming the proxy, never its credentials', async () => {
    proxy = await startConnectProxy({ credentials: `${USER}:the-right-one` });
    setEnvironment({});
    const url = new URL(proxy.url);
    url.username = USER;
    url.password = PASSWORD;
    const lines: unknown[] = [];
    const events: unknown[] = [];
    const error = await failure(
      calls(1, { maxRetries: 2, logger: { debug: (message, fields) => lines.push(message, fields) }, onResponse: (e) => events.push(e), onRetry: (i) => events.push(i) }, url.href),
    );
    expect(error).toBeInstanceOf(OmiseProxyError);
    expect(error).toBeInstanceOf(OmiseConnectionError);
    expect(error).toMatchObject({ status: 407, attempts: 1, proxy: way.namesProxy ? proxy.url : undefined });
    expect(error.message).toContain('407 Proxy Authentication Required');
    if (way.namesProxy) expect(error.message).toContain(`the proxy ${proxy.url}`);
    expect(proxy.tunnels).toHaveLength(1);
    const needles = [PASSWORD, encodeURIComponent(PASSWORD), Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];
    for (const value of [error, JSON.stringify(error), inspect(error, { depth: 10 }), error.stack, lines, events]) expect(findLeak(value, needles)).toBeUndefined();
  });

  it('502 (the proxy cannot reach Omise): retried, then OmiseProxyError 502', async () => {
    proxy = await startConnectProxy({ refuseWith: 502 });
    setEnvironment({ HTTPS_PROXY: proxy.url });
    const error = await failure(calls(1, { maxRetries: 2 }));
    expect(error).toBeInstanceOf(OmiseProxyError);
    expect(error).toMatchObject({ status: 502, attempts: 3 });
    expect(error.message).toContain('could not reach Omise');
  });

  it('proxy: false ignores the environment', async () => {
    proxy = await startConnectProxy();
    setEnvironment({ HTTPS_PROXY: proxy.url });
    expect(await calls(2, {}, false)).toHaveLength(2);
    expect(proxy.tunnels).toEqual([]);
  });
});

describe('proxies the Node transport alone can name', () => {
  it('a proxy that is not listening: retried, then OmiseProxyError naming it, with no status', async () => {
    const down = await startConnectProxy();
    const url = down.url;
    await down.close();
    const transport = createNodeTransport({ ca: pki.ca, proxy: url });
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: targetUrl, transport, maxRetries: 1, initialRetryDelayMs: 1 });
      const error = await failure(omise.transactions.retrieve(TRANSACTION_ID));
      expect(error).toBeInstanceOf(OmiseProxyError);
      expect(error).toMatchObject({ proxy: url, status: undefined, attempts: 2 });
      expect(error.message).toContain(`the proxy ${url} could not be reached (ECONNREFUSED)`);
    } finally {
      await transport.close();
    }
  });

  it.each([
    [{ HTTPS_PROXY: 'proxy.internal:3128' }, /HTTPS_PROXY must be an http: or https: URL/],
    [{ HTTP_PROXY: 'not a url' }, /HTTP_PROXY must be a proxy URL/],
  ])('a malformed %j is refused at creation, naming the variable', (values, message) => {
    setEnvironment(values);
    expect(() => createNodeTransport()).toThrow(OmiseConfigurationError);
    expect(() => createNodeTransport()).toThrow(message);
  });

  it('a malformed proxy option is refused at creation', () => {
    expect(() => createNodeTransport({ proxy: 'socks5://127.0.0.1:1080' })).toThrow(/proxy must be an http: or https: URL/);
    expect(() => createNodeTransport({ proxy: 42 as unknown as string })).toThrow(/proxy must be a URL/);
    // undici would decode the password on every call, and fail it.
    expect(() => createNodeTransport({ proxy: 'http://user:p%zz@127.0.0.1:3128' })).toThrow(/malformed percent-escape/);
  });

  it('NO_PROXY with * among other entries: undici still proxies, and a refusal is still named as the proxy\'s', async () => {
    const proxy = await startConnectProxy({ credentials: 'user:right' });
    setEnvironment({ HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,*' });
    const transport = createNodeTransport({ ca: pki.ca });
    try {
      const omise = createOmiseClient({ secretKey: TEST_KEY, baseUrl: targetUrl, transport, maxRetries: 2, initialRetryDelayMs: 1 });
      const error = await failure(omise.transactions.retrieve(TRANSACTION_ID));
      expect(error).toBeInstanceOf(OmiseProxyError);
      expect(error).toMatchObject({ status: 407, attempts: 1, proxy: proxy.url });
    } finally {
      await transport.close();
      await proxy.close();
    }
  });
});
