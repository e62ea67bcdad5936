// omise-openapi/node: a fetch-compatible transport for Node backed by undici's Pool (keep-alive,
// connection reuse), for the throughput of a plain Node HTTP client with every behaviour of the
// client kept: deadlines, aborts and retries live above the transport and work the same on both.
// undici is an optional peer dependency: only this entry point loads it, never the browser build.
import { Pool, type Dispatcher } from 'undici';
import { NULL_BODY_STATUS, type FetchLike } from './retry.js';
import { ATTEMPT_CONTROLLER, type AttemptController } from './attempt-controller.js';

export interface NodeTransportOptions {
  /** Sockets per origin; default 16 (Omise suggests at most 10 parallel workers; headroom for retries). */
  connections?: number;
  /** How long an idle socket is kept; default 30 s. */
  keepAliveTimeoutMs?: number;
}

export interface NodeTransport extends FetchLike {
  /** Closes the pooled sockets; pending requests finish first. */
  close(): Promise<void>;
  /** Offers the retry layer a light controller per attempt (undici takes any EventTarget signal). */
  readonly [ATTEMPT_CONTROLLER]: () => AttemptController;
}

// On Node 20 an AbortController is costly to make (its signal is made transferable); undici's
// request accepts any EventTarget-like signal, so attempts sent through this transport use this.
class LightAbortSignal {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Array<() => void> = [];

  addEventListener(type: string, listener: () => void): void {
    if (type === 'abort') this.#listeners.push(listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    const i = type === 'abort' ? this.#listeners.indexOf(listener) : -1;
    if (i !== -1) this.#listeners.splice(i, 1);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }
}

function lightController(): AttemptController {
  const signal = new LightAbortSignal();
  return { signal: signal as unknown as AbortSignal, abort: (reason) => signal.abort(reason) };
}


/**
 * A Response whose body is already in memory as text. Building a web Response from a string makes a
 * ReadableStream, and reading it back goes through that stream; this keeps the text and makes the
 * stream only if someone asks for `body`. Everything else is a real Response.
 */
class BufferedResponse extends Response {
  readonly #text: string;
  #used = false;
  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
  }
  override get body(): Response['body'] {
    if (this.#used) return null;
    this.#used = true;
    return new Response(this.#text).body;
  }
  override get bodyUsed(): boolean {
    return this.#used;
  }
  override async text(): Promise<string> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#text;
  }
  override async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer as ArrayBuffer;
  }
  override clone(): Response {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.#text, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}

interface Exchanged {
  status: number;
  responseHeaders: Array<[string, string]>;
  text: string;
}

/**
 * One request through undici's dispatch API: the answer's bytes are collected as they arrive, with
 * no Readable stream in between (that stream is most of what `pool.request()` costs above the socket).
 * The signal aborts the exchange at any point, headers or body.
 */
function exchange(pool: Pool, options: Dispatcher.DispatchOptions, signal: AbortSignal | null | undefined): Promise<Exchanged> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let controller: Dispatcher.DispatchController | undefined;
    let settled = false;
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      controller?.abort(signal?.reason as Error);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
    };
    let status = 0;
    const responseHeaders: Array<[string, string]> = [];
    const chunks: Buffer[] = [];
    pool.dispatch(options, {
      onRequestStart(c) {
        controller = c;
        if (settled) c.abort(signal?.reason as Error);
      },
      onResponseStart(_c, statusCode, headers) {
        status = statusCode;
        for (const name in headers) {
          const value = headers[name];
          if (Array.isArray(value)) for (const v of value) responseHeaders.push([name, v]);
          else if (value !== undefined) responseHeaders.push([name, value]);
        }
      },
      onResponseData(_c, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        if (settled) return;
        done();
        resolve({ status, responseHeaders, text: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8') });
      },
      onResponseError(_c, error) {
        if (settled) return;
        done();
        reject(error);
      },
    });
  });
}

export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: options.connections ?? 16,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
        // headersTimeout and bodyTimeout keep undici's defaults (300 s): the client's per-attempt
        // deadline ends an attempt long before, and they still bound a call made without one.
      });
      pools.set(origin, pool);
    }
    return pool;
  };

  const transport = async (input: string, init: RequestInit): Promise<Response> => {
    // Split "http://host:port/path?query" without a URL object: it is built on every call.
    const pathStart = input.indexOf('/', input.indexOf('//') + 2);
    const origin = pathStart === -1 ? input : input.slice(0, pathStart);
    const path = pathStart === -1 ? '/' : input.slice(pathStart);
    const headers: Record<string, string> = {};
    (init.headers instanceof Headers ? init.headers : new Headers(init.headers)).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init.body === undefined || init.body === null ? null : new Uint8Array(await new Response(init.body).arrayBuffer());
    const { status, responseHeaders, text } = await exchange(poolFor(origin), { method: (init.method ?? 'GET') as 'GET', path, headers, body }, init.signal);
    const responseInit = { status, headers: responseHeaders };
    return NULL_BODY_STATUS.has(status) ? new Response(null, responseInit) : new BufferedResponse(text, responseInit);
  };

  return Object.assign(transport, {
    [ATTEMPT_CONTROLLER]: lightController,
    async close(): Promise<void> {
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((pool) => pool.close()));
    },
  });
}
