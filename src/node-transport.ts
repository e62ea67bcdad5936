// The Node transport: node:http and node:https with a keep-alive agent per origin. No dependency, and
// cheaper per call than fetch on Node (no web Request, Response or stream objects): the body arrives
// as Buffers and is decoded once. Idle sockets are unref'd by the agent, so they keep no process alive.
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
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

export interface NodeTransportOptions {
  /** Sockets per origin at most; further calls wait for a free one. Default 10 (Omise: at most 10 parallel workers). */
  maxSockets?: number;
  /** How long an idle socket is kept for reuse, in ms; default 30 000 (less when the server says less). */
  keepAliveTimeoutMs?: number;
}

export interface NodeTransport extends Transport {
  /** Waits for the calls under way, then closes every socket. */
  close(): Promise<void>;
}

class NodeHeaders implements HeaderReader {
  constructor(private readonly raw: IncomingHttpHeaders) {}
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

interface Origin {
  send: typeof httpRequest;
  agent: HttpAgent;
  hostname: string;
  port: string;
}

// Node answers 'aborted' (ECONNRESET) when a reused keep-alive socket was closed by the server just
// as the request left; a GET sent again on a new socket is what Node's documentation recommends.
const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

// gzip, deflate and br are asked for and decoded here, counted after decoding like fetch counts them.
function decoded(response: IncomingMessage): Readable {
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  return decoder ? response.pipe(decoder) : response;
}

function text(chunks: Buffer[], size: number): string {
  const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  const decodedText = all.toString('utf8');
  // As fetch's text() does: a byte order mark is not part of the JSON.
  return decodedText.charCodeAt(0) === 0xfeff ? decodedText.slice(1) : decodedText;
}

export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  const maxSockets = options.maxSockets ?? 10;
  const keepAliveTimeoutMs = options.keepAliveTimeoutMs ?? 30_000;
  const origins = new Map<string, Origin>();
  const underway = new Set<Promise<unknown>>();

  function originOf(url: string): { origin: Origin; path: string } {
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const key = pathStart === -1 ? url : url.slice(0, pathStart);
    let origin = origins.get(key);
    if (!origin) {
      const parsed = new URL(key);
      const https = parsed.protocol === 'https:';
      const agentOptions = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: keepAliveTimeoutMs, scheduling: 'lifo' as const };
      origin = {
        send: https ? httpsRequest : httpRequest,
        agent: https ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions),
        hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
        port: parsed.port,
      };
      origins.set(key, origin);
    }
    return { origin, path: pathStart === -1 ? '/' : url.slice(pathStart) };
  }

  function exchange(request: TransportRequest): Promise<TransportResponse> {
    const { signal, maxResponseBytes: limit } = request;
    const { origin, path } = originOf(request.url);
    const headers = { ...request.headers, 'accept-encoding': 'gzip, deflate, br' };
    return new Promise((resolve, reject) => {
      let req: ClientRequest;
      let body: Readable | undefined;
      let done = false;
      // The one way out: whatever happens later (a late chunk, an error after the end) finds it done.
      const finish = (error: unknown, value?: TransportResponse): void => {
        if (done) return;
        done = true;
        signal.removeEventListener('abort', onAbort);
        if (value) {
          resolve(value);
          return;
        }
        body?.destroy();
        req.destroy();
        reject(error);
      };
      const onAbort = (): void => finish(signal.reason);

      const start = (mayResend: boolean): void => {
        let answered = false;
        req = origin.send({ agent: origin.agent, hostname: origin.hostname, port: origin.port, path, method: request.method, headers }, (response) => {
          answered = true;
          const status = response.statusCode ?? 0;
          const responseHeaders = new NodeHeaders(response.headers);
          if (isRedirect(status)) return finish(new TransportRedirect(status, responseHeaders.get('location')));
          const declared = declaredLength(responseHeaders);
          if (declared !== undefined && declared > limit) return finish(new TransportBodyTooLarge(status, limit, declared));
          if (NULL_BODY_STATUS.has(status)) {
            response.resume();
            return finish(undefined, { status, headers: responseHeaders, text: '' });
          }
          const chunks: Buffer[] = [];
          let size = 0;
          body = decoded(response);
          body.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) finish(new TransportBodyTooLarge(status, limit, undefined));
            else chunks.push(chunk);
          });
          body.on('end', () => {
            try {
              finish(undefined, { status, headers: responseHeaders, text: text(chunks, size) });
            } catch (error) {
              finish(error);
            }
          });
          body.on('error', finish);
          // A connection closed before the body was complete: 'aborted' (ECONNRESET) on the response.
          if (body !== response) response.on('error', finish);
          response.on('close', () => {
            if (!response.complete) finish(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }));
          });
        });
        req.on('error', (error: NodeJS.ErrnoException) => {
          if (mayResend && !answered && !done && req.reusedSocket && error.code !== undefined && STALE_SOCKET.has(error.code)) {
            start(false);
            return;
          }
          finish(error);
        });
        req.end();
      };

      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      signal.addEventListener('abort', onAbort);
      start(true);
    });
  }

  return {
    send(request) {
      const pending = exchange(request);
      underway.add(pending);
      const forget = (): void => void underway.delete(pending);
      pending.then(forget, forget);
      return pending;
    },
    async close() {
      await Promise.allSettled([...underway]);
      for (const origin of origins.values()) origin.agent.destroy();
      origins.clear();
    },
  };
}
