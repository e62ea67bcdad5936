// The Node transport: undici's Pool (Node's own HTTP client, the one inside its fetch) through the
// dispatch API. The answer's bytes are collected as they arrive, with no web Request, Response or
// stream in between, which is what makes it cheaper per call than fetch and than node:http.
// undici is loaded on the first call, not on import: importing it costs about 100 ms.
import type { Dispatcher, Pool } from 'undici';
import { wholeNumber } from './options.js';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import {
  NULL_BODY_STATUS,
  TransportBodyTooLarge,
  TransportRedirect,
  declaredLength,
  isRedirect,
  type HeaderReader,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';

/** The options of createNodeTransport. */
export interface NodeTransportOptions {
  /**
   * Sockets per origin at most; further calls wait for a free one (Omise: at most 10 parallel workers).
   * @defaultValue 10
   */
  maxSockets?: number;
  /**
   * How long an idle socket is kept for reuse, in ms (less when the server says less).
   * @defaultValue 30 000
   */
  keepAliveTimeoutMs?: number;
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

// A body sent compressed although nobody asked is decoded too, and counted after decoding, as fetch
// counts it: a small gzip body cannot unpack past the cap.
function decoderFor(encoding: string | null): Transform | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

function decodeText(chunks: Buffer[], size: number): string {
  const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8');
  // As fetch's text() does: a byte order mark is not part of the JSON.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One request through the dispatch API; it settles once, and only after its last step can no longer throw. */
function exchange(pool: Pool, request: TransportRequest, path: string): Promise<TransportResponse> {
  const { signal, maxResponseBytes: limit } = request;
  return new Promise((resolve, reject) => {
    let controller: Dispatcher.DispatchController | undefined;
    let decoder: Transform | undefined;
    let done = false;
    const finish = (error: unknown, value?: TransportResponse): void => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      if (value) {
        resolve(value);
        return;
      }
      // Stops the download and releases the socket (undici closes it), whatever stage it was at.
      controller?.abort(error instanceof Error ? error : new Error(String(error)));
      decoder?.destroy();
      reject(error);
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

    pool.dispatch(
      { method: request.method as Dispatcher.HttpMethod, path, headers: request.headers },
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
          // An empty body, whatever encoding it claims, has nothing to decode.
          if (!NULL_BODY_STATUS.has(status) && declared !== 0) decoder = decoderFor(headers.get('content-encoding'));
          decoder?.on('data', take).on('end', complete).on('error', finish);
        },
        onResponseData(_c, chunk) {
          if (done) return;
          if (decoder) decoder.write(chunk);
          else take(chunk);
        },
        onResponseEnd() {
          if (done) return;
          if (decoder) decoder.end();
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
 * The Node transport, for the `transport` option of createOmiseClient: to set its socket limit, or to
 * share one pool between clients (then close it yourself; a client leaves a transport it was given).
 * It sends with undici's Pool, loaded on the first call; redirects are not followed and an answer is
 * read within its byte cap, decoding gzip, deflate and br.
 * @param options - maxSockets and keepAliveTimeoutMs; see {@link NodeTransportOptions}.
 * @throws `OmiseConfigurationError` (from `omise-openapi`) when maxSockets is not a whole number from 1 to
 * 1024 or keepAliveTimeoutMs not one from 1 to 600 000 (checked at creation: a value undici refuses
 * would otherwise fail every call later, as a connection error).
 */
export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = wholeNumber('maxSockets', options.maxSockets, 10, 1, 1024);
  const keepAliveTimeout = wholeNumber('keepAliveTimeoutMs', options.keepAliveTimeoutMs, 30_000, 1, 600_000);
  let undici: Promise<typeof import('undici')> | undefined;
  const pools = new Map<string, Promise<Pool>>();
  // close() waits for the calls under way when it is called, not for later ones. They are counted,
  // not kept: a long-lived Set that every call enters and leaves is rehashed again and again, and V8
  // lets each discarded table keep the answers it held alive through young-generation collections
  // (peak RSS grew by 30 MB over 100 000 cards).
  let calls = newBatch();

  function poolFor(origin: string): Promise<Pool> {
    let pool = pools.get(origin);
    if (!pool) {
      undici ??= import('undici');
      // headersTimeout and bodyTimeout keep undici's defaults (300 s): the client's attempt deadline
      // ends an attempt long before, and they still bound a call made without one.
      pool = undici.then(({ Pool }) => new Pool(origin, { connections: maxSockets, keepAliveTimeout }));
      pools.set(origin, pool);
    }
    return pool;
  }

  async function send(request: TransportRequest): Promise<TransportResponse> {
    // Split "http://host:port/path?query" without a URL object: it is built on every call.
    const { url } = request;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const origin = pathStart === -1 ? url : url.slice(0, pathStart);
    return exchange(await poolFor(origin), request, pathStart === -1 ? '/' : url.slice(pathStart));
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
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map(async (pool) => (await pool).close()));
    },
  };
}
