// A transport over fetch (the global one, or the caller's): for browsers, edge runtimes and anyone who
// brings a fetch of their own. fetch decodes gzip, deflate and br itself, so the bytes counted here are
// decoded bytes, and cancelling the stream stops the decoding with the download.
import {
  NULL_BODY_STATUS,
  TransportBodyTooLarge,
  TransportProxyError,
  TransportRedirect,
  TransportUndecodable,
  codeInChain,
  declaredLength,
  isLostConnection,
  isRedirect,
  proxyRefusalStatus,
  type FetchLike,
  type Transport,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';

const discard = (response: Response): void => void response.body?.cancel().catch(() => undefined);

async function readBody(response: Response, limit: number): Promise<string> {
  const body = response.body;
  if (body === null || NULL_BODY_STATUS.has(response.status)) return '';
  const declared = declaredLength(response.headers);
  if (declared !== undefined && declared > limit) {
    discard(response);
    throw new TransportBodyTooLarge(response.status, limit, declared);
  }
  // With a length and no encoding the body is exactly that long (HTTP framing), so within the limit.
  // Only where every header is visible ('basic'): a browser hides Content-Encoding from a CORS answer.
  if (declared !== undefined && response.type === 'basic' && !response.headers.has('content-encoding')) {
    const text = await response.text();
    // A backstop for a fetch that decodes and then drops the header: UTF-8 has at least a byte a character.
    if (text.length > limit) throw new TransportBodyTooLarge(response.status, limit, undefined);
    return text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Cancelling ends the download (fetch closes the connection) and any decoding with it.
      void reader.cancel().catch(() => undefined);
      throw new TransportBodyTooLarge(response.status, limit, undefined);
    }
    chunks.push(value);
  }
  // Blob joins the chunks and decodes UTF-8 (dropping a byte order mark) as fetch's own text() does.
  return new Blob(chunks).text();
}

// fetch rejects with a TypeError whose causes say what happened; the seam names the case the client
// treats apart: a proxy's refusal (a fetch bound to undici's ProxyAgent).
function beforeAnswer(error: unknown): unknown {
  const refused = proxyRefusalStatus(error);
  return refused === undefined ? error : new TransportProxyError(undefined, refused, error);
}

// A decoder's failure while the body is read: zlib's codes (Z_DATA_ERROR, ...) and brotli's.
const isDecodingFailure = (error: unknown): boolean => /^(Z_|ERR_BROTLI|ERR__ERROR)/.test(codeInChain(error) ?? '');

// The failure of the first send: thrown as the seam names it, or sent again once. A connection lost
// before the answer (a pooled socket the server had closed while idle) carried nothing the server
// answered. A fetch cannot be told to open a new connection; after a turn of the event loop its pool
// has heard of the other sockets the server closed with that one (a balancer's idle timer closes
// them together).
async function sendAgain(send: FetchLike, url: string, init: RequestInit, signal: TransportRequest['signal'], error: unknown): Promise<Response> {
  if (signal.aborted) throw error;
  if (!isLostConnection(error)) throw beforeAnswer(error);
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    return await send(url, init);
  } catch (again) {
    throw signal.aborted ? again : beforeAnswer(again);
  }
}

export function fetchTransport(send: FetchLike): Transport {
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const { signal } = request;
      // fetch needs a real AbortSignal; the attempt's may be a lighter one.
      const controller = new AbortController();
      const onAbort = (): void => controller.abort(signal.reason);
      if (signal.aborted) onAbort();
      signal.addEventListener('abort', onAbort);
      try {
        // 'manual': a redirect comes back as the 3xx itself (in a browser, as an opaque redirect).
        const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal, redirect: 'manual' };
        let response: Response;
        try {
          response = await send(request.url, init);
        } catch (error) {
          response = await sendAgain(send, request.url, init, signal, error);
        }
        if (response.type === 'opaqueredirect' || isRedirect(response.status)) {
          discard(response);
          throw new TransportRedirect(response.status, response.headers.get('location'));
        }
        // A fetch of the caller's may follow redirects whatever it is told: the answer is then another origin's.
        if (response.redirected) {
          discard(response);
          throw new TransportRedirect(0, response.url || null);
        }
        let text: string;
        try {
          text = await readBody(response, request.maxResponseBytes);
        } catch (error) {
          const coding = response.headers.get('content-encoding');
          throw coding !== null && !signal.aborted && isDecodingFailure(error) ? new TransportUndecodable(response.status, coding, error) : error;
        }
        return { status: response.status, headers: response.headers, text };
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
