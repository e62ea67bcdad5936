// A transport over fetch (the global one, or the caller's): for browsers, edge runtimes and anyone who
// brings a fetch of their own. fetch decodes gzip, deflate and br itself, so the bytes counted here are
// decoded bytes, and cancelling the stream stops the decoding with the download.
import {
  NULL_BODY_STATUS,
  TransportBodyTooLarge,
  TransportRedirect,
  declaredLength,
  isRedirect,
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
        const response = await send(request.url, { method: request.method, headers: request.headers, signal: controller.signal, redirect: 'manual' });
        if (response.type === 'opaqueredirect' || isRedirect(response.status)) {
          discard(response);
          throw new TransportRedirect(response.status, response.headers.get('location'));
        }
        // A fetch of the caller's may follow redirects whatever it is told: the answer is then another origin's.
        if (response.redirected) {
          discard(response);
          throw new TransportRedirect(0, response.url || null);
        }
        return { status: response.status, headers: response.headers, text: await readBody(response, request.maxResponseBytes) };
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
  };
}
