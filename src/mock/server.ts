// The mock over HTTP, for partner teams in any language: the engine behind node:http, every answer
// checked against openapi.yaml first (an answer that breaks it becomes a 500 and a log line saying
// why), one log line per request. It takes input from other machines when bound beyond loopback, so
// whatever a peer sends gets an answer or a closed socket: never an exit, never a socket held idle,
// never a body read without end, never a log line a peer wrote. Node only; the in-process face is
// omise-openapi/testing.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { printable } from '../runtime/printable.js';
import { createMockEngine, errorAnswer, type MockAnswer, type MockEngineOptions } from '../testing/engine.js';
import { indexAnswer, specAnswer } from './pages.js';
import { specProblem } from './spec-check.js';
import { shippedSpec } from './spec-text.js';

export interface MockServerOptions extends MockEngineOptions {
  /** 127.0.0.1 unless told. */
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** One line per request only; otherwise errors add a line with Omise's code and message. */
  quiet?: boolean;
  /** Where log lines go; default: standard output. */
  log?: (line: string) => void;
  /**
   * Which web origins may call the mock from a browser (CORS): '*' for any, a list of origins
   * (`https://app.example:8443`), or false for none (preflights then get Omise's 401, as from Omise).
   * @defaultValue '*' when bound to loopback; false when bound elsewhere, where any page a partner
   * opens could otherwise read the mock through that partner's browser
   */
  corsOrigin?: '*' | readonly string[] | false;
  /**
   * What `GET /openapi.yaml` serves, byte for byte.
   * @defaultValue the openapi.yaml the package ships
   */
  specText?: string;
  /**
   * A socket that sends nothing for this long (before its first request or between two) is closed;
   * a request must also be whole within it.
   * @defaultValue 10 000
   */
  idleTimeoutMs?: number;
}

export interface MockServer {
  url: string;
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

// Answers nobody could want from a mock: the engine's request stays small.
const MAX_URL_LENGTH = 8192;
// A GET has no body; a peer that streams one anyway gets this much drained, then the socket closed.
const MAX_BODY_BYTES = 64 * 1024;
// A log line is a line: a request cannot make it long.
const MAX_LOG_LINE = 500;
// A peer that pipelines requests and does not read the answers is cut off once this many wait for it
// (each answer is held in memory until it is read: a page of 100 cards is about 60 KB).
const MAX_UNREAD_ANSWERS = 8;
// Sockets at once; more are closed as they come. Memory stays below about
// MAX_CONNECTIONS x MAX_UNREAD_ANSWERS answers.
const MAX_CONNECTIONS = 256;
const IDLE_MS = 10_000;

function mockRequestOf(req: IncomingMessage) {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method ?? 'GET', url: (req.url ?? '/').slice(0, MAX_URL_LENGTH), headers };
}

const BROKEN = errorAnswer(500, 'internal_error', 'the mock built an answer that breaks openapi.yaml (see the mock log)', null);

/** Where CORS is on unless told: loopback only (see MockServerOptions.corsOrigin). */
export const defaultCorsOrigin = (host: string): '*' | false => (isLoopback(host) ? '*' : false);

const isLoopback = (host: string): boolean => host === 'localhost' || (isIP(host) === 4 ? host.startsWith('127.') : host === '::1');

/** The CORS headers of an answer to a request from `origin`, or none. */
function corsHeaders(allowed: MockServerOptions['corsOrigin'], origin: string | undefined): Record<string, string> {
  if (!allowed || origin === undefined) return {};
  if (allowed === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After' };
  if (!allowed.includes(origin)) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After', vary: 'Origin' };
}

// A preflight is answered before authentication: browsers send it without credentials.
function preflight(req: IncomingMessage, cors: Record<string, string>): MockAnswer | null {
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined || !cors['access-control-allow-origin']) return null;
  // The headers asked for, as tokens only (Authorization and Prefer are the ones that matter).
  const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter((h) => /^[!#$%&'*+.^_`|~0-9a-z-]{1,64}$/.test(h));
  const headers = { 'access-control-allow-methods': 'GET', 'access-control-allow-headers': [...new Set(['authorization', 'prefer', ...asked])].slice(0, 32).join(', '), 'access-control-max-age': '600' };
  return { status: 204, headers, body: null, operation: null };
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const answer = createMockEngine(options);
  // A log that cannot be written (standard output closed: `| head`, a log shipper restarting) drops
  // the line; the mock goes on answering.
  const write = options.log ?? ((line: string) => void (process.stdout.writable && process.stdout.write(`${line}\n`)));
  // Every line passes here: request and server text shown escaped, and cut.
  const log = (line: string): void => write(printable(line, MAX_LOG_LINE));
  const host = options.host ?? '127.0.0.1';
  const corsOrigin = options.corsOrigin ?? defaultCorsOrigin(host);
  const idleMs = options.idleTimeoutMs ?? IDLE_MS;
  if (!Number.isInteger(idleMs) || idleMs < 1) throw new RangeError(`idleTimeoutMs must be a whole number of ms, at least 1; got ${idleMs}`);
  const spec = specAnswer(options.specText ?? shippedSpec());
  // The index names the mock's own URL, known once it listens.
  let url = '';

  function respond(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const request = mockRequestOf(req);
    const cors = corsHeaders(corsOrigin, request.headers.origin);
    // The spec and the index need no key: a partner fetches the contract before holding one.
    const page = request.method === 'GET' ? { '/openapi.yaml': spec, '/': indexAnswer(url) }[request.url.split('?')[0]!] : undefined;
    let sent = preflight(req, cors) ?? page ?? answer(request);
    const problem = specProblem(sent);
    if (problem) sent = BROKEN;
    const headers: OutgoingHttpHeaders = { ...sent.headers, ...cors, 'content-length': sent.body === null ? 0 : Buffer.byteLength(sent.body) };
    // A request that came with a body ends its connection: the body is not worth a second request.
    if (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0) headers.connection = 'close';
    res.writeHead(sent.status, headers);
    res.end(sent.body ?? undefined);
    // Never the Authorization header: it carries the key.
    log(`${request.method} ${request.url} -> ${sent.status} (${(performance.now() - started).toFixed(1)} ms)`);
    if (problem) log(`  SPEC VIOLATION: ${problem}`);
    else if (!options.quiet && sent.status >= 400 && sent.body !== null) {
      const body = JSON.parse(sent.body) as { code?: string; message?: string };
      log(`  ${body.code}: ${body.message}`);
    }
  }

  const waiting = new WeakMap<object, number>();
  const server: Server = createServer({ connectionsCheckingInterval: Math.min(1000, idleMs), requestTimeout: idleMs, headersTimeout: idleMs }, (req, res) => {
    // Answers not yet taken by the peer, this one included; requests a cut-off peer had pipelined
    // still arrive, parsed from the bytes already read, and get no answer.
    const socket = req.socket;
    const unread = (waiting.get(socket) ?? 0) + 1;
    waiting.set(socket, unread);
    res.on('close', () => waiting.set(socket, (waiting.get(socket) ?? 1) - 1));
    if (socket.destroyed || unread > MAX_UNREAD_ANSWERS) {
      socket.destroy();
      return;
    }
    // A body is drained up to the cap, then the socket is closed: the answer never waits for it.
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_BODY_BYTES) req.socket.destroy();
    });
    req.on('error', () => undefined);
    try {
      respond(req, res);
    } catch (error) {
      // The engine answers everything; this is the HTTP face's own failure. Logged, never an exit.
      log(`${req.method} ${(req.url ?? '').slice(0, MAX_URL_LENGTH)} -> mock failure: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      if (res.headersSent) res.destroy();
      else {
        const failed = errorAnswer(500, 'internal_error', 'the mock failed on this request (see the mock log)', null);
        res.writeHead(500, { ...failed.headers, connection: 'close' }).end(failed.body);
      }
    }
  });
  // A socket that sends nothing, between requests or before the first, is closed.
  server.timeout = idleMs;
  server.maxConnections = MAX_CONNECTIONS;
  server.keepAliveTimeout = Math.min(5_000, idleMs);
  // An HTTP client told to use the mock as its proxy (the official omise SDK, through http_proxy)
  // opens a tunnel with CONNECT: the tunnel leads to the mock itself, never anywhere else, so the
  // mock is no open proxy. Only plain HTTP goes through it (the SDK's OMISE_SCHEME=http).
  // One tunnel per socket: a CONNECT inside a tunnel would stack a parser and listeners on the same
  // socket, level after level, and a peer could grow the mock's memory without end.
  const tunnelled = new WeakSet<Duplex>();
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (tunnelled.has(socket)) {
      log(`CONNECT ${(req.url ?? '').slice(0, 200)} inside a tunnel -> closed`);
      socket.destroy();
      return;
    }
    tunnelled.add(socket);
    log(`CONNECT ${(req.url ?? '').slice(0, 200)} -> a tunnel to this mock`);
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => {
      if (head.length > 0) socket.unshift(head);
      server.emit('connection', socket);
    });
  });
  // A malformed request gets Node's own answer (400, 408 or 431) and a closed socket: no 'clientError' listener.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
