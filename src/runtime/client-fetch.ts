// The fetch each openapi-fetch client is given: it turns the request openapi-fetch built into one
// call through the network (src/runtime/retry.ts) and hands the answer back in the form that client wants.
// The resources get a ReadResponse; `raw`, whose users expect fetch's own types, a web Response.
import { operations } from '../../generated/operations.js';
import { callControlOf } from './call-control.js';
import { cleanText, type Redact } from './redact.js';
import { OmiseConfigurationError, errorFromResponse } from './errors.js';
import type { LightRequest } from './light-request.js';
import { ReadResponse } from './read-response.js';
import { sendWithRetries, type Received, type SendOptions } from './retry.js';
import { NULL_BODY_STATUS, webHeaders } from './transport.js';

// The spec's path templates, from the generated operation table: /customers/{id}/cards, ...
const ROUTES = Object.values(operations).map(({ path }) => ({ route: path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));

function describeCall(method: string, path: string, redact: Redact): { method: string; path: string; pathTemplate: string } {
  const pathname = path.split('?')[0] ?? path;
  const pathTemplate = ROUTES.find((r) => r.pattern.test(pathname))?.route ?? cleanText(pathname, redact, 200);
  return { method, path: cleanText(path, redact, 1000), pathTemplate };
}

export type ClientFetch = (request: Request | LightRequest) => Promise<Response>;

function webResponse(received: Received, redact: Redact): Response {
  // A web Response cannot carry a status outside 200-599: such an answer is an error of its status's class.
  if (received.status < 200 || received.status > 599) {
    throw errorFromResponse({ status: received.status, headers: received.headers, text: received.text, attempts: received.attempts, redact }, undefined);
  }
  return new Response(NULL_BODY_STATUS.has(received.status) ? null : received.text, { status: received.status, headers: webHeaders(received.headers) });
}

/**
 * `fixedHeaders` (the key, the API version) are added here, below openapi-fetch, so that no Request
 * it builds (nor any middleware of `raw`) ever holds the key; they win over a call's own headers.
 * `client` says which client this fetch serves: `raw` (a call may add headers; the answer is a web
 * Response) or the resources' (their methods add no headers, so openapi-fetch's merged Headers is
 * always empty and is not read; the answer is a ReadResponse).
 */
export function createClientFetch(baseUrl: string, fixedHeaders: Readonly<Record<string, string>>, options: SendOptions, client: 'resources' | 'raw'): ClientFetch {
  const prefix = `${baseUrl}/`;
  return async (request) => {
    // openapi-fetch lets a call name another baseUrl; the key goes to the configured one only.
    if (!request.url.startsWith(prefix)) {
      throw new OmiseConfigurationError(`The client sends its key to ${new URL(baseUrl).origin} only; a call may not name another baseUrl.`, 'baseUrl');
    }
    let headers = fixedHeaders;
    if (client === 'raw') {
      // raw's openapi-fetch client builds real Requests; only the resources' builds LightRequests.
      (request as Request).headers.forEach((value, name) => {
        if (headers === fixedHeaders) headers = { ...fixedHeaders };
        if (!(name in fixedHeaders)) (headers as Record<string, string>)[name] = value;
      });
    }
    const signal = request.signal ?? undefined;
    const { url, method } = request;
    // Built only when the client has hooks or a logger: what they are told, cleaned like server text.
    const describe = options.observer ? () => describeCall(method, url.slice(baseUrl.length), options.redact) : undefined;
    const received = await sendWithRetries({ url, method, headers, signal, overrides: callControlOf(request), describe }, options);
    // Both are Response enough for openapi-fetch, which reads status, ok, headers and text().
    return client === 'resources' ? (new ReadResponse(received, request.url) as unknown as Response) : webResponse(received, options.redact);
  };
}
