// The Node transport: undici (Node's own HTTP client, the one inside its fetch) through the dispatch
// API, with a pool of keep-alive sockets per origin, straight or through an egress proxy
// (src/node/node-dispatcher.ts). The answer's bytes are collected as they arrive, with no web Request,
// Response or stream in between, which is what makes it cheaper per call than fetch and than
// node:http. undici is loaded on the first call, not on import: importing it costs about 100 ms.
import type { Dispatcher } from 'undici';
import type { Transform } from 'node:stream';
import { codingsToUndo, decoderChain } from './node-decode.js';
import { dispatcherOf, planDispatcher, proxyOrigin, type CaOption, type DispatcherPlan } from './node-dispatcher.js';
import { wholeNumber } from '../runtime/options.js';
import {
  NULL_BODY_STATUS,
  TransportBodyTooLarge,
  TransportProxyError,
  TransportRedirect,
  TransportUndecodable,
  declaredLength,
  isLostConnection,
  isRedirect,
  proxyRefusalStatus,
  type HeaderReader,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from '../runtime/transport.js';

/** The options of createNodeTransport. */
export interface NodeTransportOptions {
  /**
   * Sockets per origin at most; further calls wait for a free one (Omise: at most 10 parallel workers).
   * @defaultValue 10
   */
  maxSockets?: number | undefined;
  /**
   * How long an idle socket is kept for reuse, in ms (less when the server says less).
   * @defaultValue 30 000
   */
  keepAliveTimeoutMs?: number | undefined;
  /**
   * The egress proxy: a URL such as `http://user:password@proxy.internal:3128` (asked to CONNECT, for
   * https and http targets alike), or false to ignore the environment. Its credentials appear in no
   * error, log line or hook payload.
   * @defaultValue HTTPS_PROXY (https targets) or HTTP_PROXY, except for hosts NO_PROXY names; either
   * case, read when the transport is made
   */
  proxy?: string | URL | false | undefined;
  /**
   * Roots trusted besides Node's own (and NODE_EXTRA_CA_CERTS): PEM text or its bytes, one or several.
   * For a proxy that re-signs traffic with its own CA, or a test server.
   * @defaultValue none: Node's roots
   */
  ca?: CaOption | undefined;
}

/** The Node transport: undici pools, one per origin, kept alive between calls. */
export interface NodeTransport extends Transport {
  /** Waits for the calls under way, then closes every socket. Idle sockets never keep a process alive. */
  close(): Promise<void>;
}

type Headers = Record<string, string | string[] | undefined>;

class NodeHeaders implements HeaderReader {
  constructor(private readonly raw: Headers) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.raw)) {
      const value = this.get(name);
      if (value !== null) callback(value, name);
    }
  }
}

// The UTF-8 BOM is dropped as fetch's text() drops it, so that both transports hand over the same text.
function decodeText(chunks: Buffer[], size: number): string {
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Connection failures that mean the proxy itself was not reached: through a proxy, the only socket
// the client opens is the proxy's.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** A failure before the answer, as the seam names it: the proxy's, or as it came. */
function beforeAnswer(error: unknown, proxy: string | undefined): unknown {
  if (proxy !== undefined) {
    const refused = proxyRefusalStatus(error);
    if (refused !== undefined) return new TransportProxyError(proxy, refused, error);
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && UNREACHABLE.has(code)) return new TransportProxyError(proxy, undefined, error);
  }
  return error;
}

/**
 * One request through the dispatch API; it settles once, and only after its last step can no longer
 * throw. `fresh`: the dispatcher to send it anew through when the connection is lost before the
 * answer's status came (a pooled socket the server had closed); undefined: this is that resend, on a
 * connection of its own, closed after it.
 */
function exchange(
  dispatcher: Dispatcher,
  request: TransportRequest,
  origin: string,
  path: string,
  proxy: string | undefined,
  fresh: (() => Promise<Dispatcher>) | undefined,
): Promise<TransportResponse> {
  const { signal, maxResponseBytes: limit } = request;
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let stages: Transform[] = [];
    let done = false;
    const finish = (error: unknown, value?: TransportResponse): void => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      for (const stage of stages) stage.destroy();
      if (value) {
        resolve(value);
        return;
      }
      controller?.abort(error instanceof Error ? error : new Error(String(error)));
      if (status !== 0) reject(error);
      // The server answered nothing: the GET is sent again at once, once, on a new connection.
      else if (fresh && !signal.aborted && isLostConnection(error)) {
        fresh()
          .then((d) => exchange(d, request, origin, path, proxy, undefined))
          .then(resolve, reject);
      }
      else reject(beforeAnswer(error, proxy));
    };
    const onAbort = (): void => finish(signal.reason);
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', onAbort);

    let status = 0;
    let headers: NodeHeaders | undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    // Bytes of the body as sent, before decoding: an empty body is empty whatever its coding says.
    let sent = 0;
    const take = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) finish(new TransportBodyTooLarge(status, limit, undefined));
      else chunks.push(chunk);
    };
    const complete = (): void => {
      try {
        finish(undefined, { status, headers: headers!, text: NULL_BODY_STATUS.has(status) ? '' : decodeText(chunks, size) });
      } catch (error) {
        finish(error);
      }
    };

    dispatcher.dispatch(
      { origin, method: request.method as Dispatcher.HttpMethod, path, headers: request.headers, reset: fresh === undefined },
      {
        onRequestStart(c) {
          controller = c;
          if (done) c.abort(new Error('aborted'));
        },
        onResponseStart(_c, statusCode, rawHeaders) {
          status = statusCode;
          headers = new NodeHeaders(rawHeaders as Headers);
          if (isRedirect(status)) return finish(new TransportRedirect(status, headers.get('location')));
          const declared = declaredLength(headers);
          if (declared !== undefined && declared > limit) return finish(new TransportBodyTooLarge(status, limit, declared));
          // A body sent compressed although nobody asked is decoded too, and counted after decoding,
          // as fetch counts it: a small gzip body cannot unpack past the cap.
          if (NULL_BODY_STATUS.has(status) || declared === 0) return;
          const coding = headers.get('content-encoding');
          stages = decoderChain(codingsToUndo(coding));
          const undecodable = (error: Error): void => finish(new TransportUndecodable(status, coding ?? '', error));
          for (const stage of stages) stage.on('error', undecodable);
          stages.at(-1)?.on('data', take).on('end', complete);
        },
        onResponseData(_c, chunk) {
          if (done) return;
          sent += chunk.length;
          if (stages.length) stages[0]!.write(chunk);
          else take(chunk);
        },
        onResponseEnd() {
          if (done) return;
          if (stages.length && sent > 0) stages[0]!.end();
          else complete();
        },
        onResponseError(_c, error) {
          finish(error);
        },
      },
    );
  });
}

/** The calls sent since the last close(), as a count, and a way to wait until none is under way. */
function newBatch(): { underway: number; leave(): void; settled(): Promise<void> } {
  let resume: (() => void) | undefined;
  let done: Promise<void> | undefined;
  return {
    underway: 0,
    leave() {
      if (--this.underway === 0) resume?.();
    },
    settled() {
      if (this.underway === 0) return Promise.resolve();
      done ??= new Promise<void>((r) => (resume = r));
      return done;
    },
  };
}

/**
 * The Node transport, for the `transport` option of createOmiseClient: to set its socket limit, a
 * proxy or trusted roots, or to share one pool between clients (then close it yourself; a client
 * leaves a transport it was given). It sends with undici, loaded on the first call; redirects are not
 * followed and an answer is read within its byte cap, decoding gzip, deflate and br.
 * @param options - maxSockets, keepAliveTimeoutMs, proxy and ca; see {@link NodeTransportOptions}.
 * @throws `OmiseConfigurationError` (from `omise-openapi`) when maxSockets is not a whole number from 1 to
 * 1024 or keepAliveTimeoutMs not one from 1 to 600 000, when the proxy (the option, HTTPS_PROXY or
 * HTTP_PROXY) is not an http: or https: URL, or when ca is not PEM text or bytes (checked at
 * creation: a value undici refuses would otherwise fail every call later, as a connection error).
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = wholeNumber('maxSockets', options.maxSockets, 10, 1, 1024);
  // headersTimeout and bodyTimeout keep undici's defaults (300 s): the client's attempt deadline
  // ends an attempt long before, and they still bound a call made without one.
  const keepAliveTimeout = wholeNumber('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 30_000, 1, 600_000);
  const plan: DispatcherPlan = planDispatcher(maxSockets, keepAliveTimeout, options.proxy, options.ca);
  let dispatcher: Promise<Dispatcher> | undefined;
  // Sends on connections of their own, closed after each: for the resend of a lost connection (other
  // idle sockets of the pool may be closed too). Made on the first resend.
  let fresh: Promise<Dispatcher> | undefined;
  const freshDispatcher = (): Promise<Dispatcher> => (fresh ??= dispatcherOf(plan));
  let calls = newBatch();
  // The proxy of each origin, decided once (a client talks to one origin).
  const proxies = new Map<string, string | undefined>();
  const proxyFor = (origin: string): string | undefined => {
    if (!proxies.has(origin)) proxies.set(origin, proxyOrigin(plan, origin));
    return proxies.get(origin);
  };

  async function send(request: TransportRequest): Promise<TransportResponse> {
    // Split "http://host:port/path?query" without a URL object: it is built on every call.
    const { url } = request;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathStart === -1 ? url : url.slice(0, pathStart);
    const path = pathStart === -1 ? '/' : url.slice(pathStart);
    dispatcher ??= dispatcherOf(plan);
    return exchange(await dispatcher, request, origin, path, proxyFor(origin), freshDispatcher);
  }

  return {
    send(request) {
      const batch = calls;
      batch.underway++;
      const pending = send(request);
      const leave = (): void => batch.leave();
      pending.then(leave, leave);
      return pending;
    },
    async close() {
      const batch = calls;
      calls = newBatch();
      await batch.settled();
      const closing = [dispatcher, fresh];
      dispatcher = undefined;
      fresh = undefined;
      // A dispatcher that failed to be made has nothing to close: its calls failed already.
      await Promise.all(closing.map((d) => d?.then((made) => made.close(), () => undefined)));
    },
  };
}
