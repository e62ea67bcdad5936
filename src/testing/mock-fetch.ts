// The engine as a fetch: Omise's answers in-process, with no port, no child process and no Node
// built-ins, for unit tests of code that uses the client (`createOmiseClient({ fetch: createMockFetch() })`).
import { createMockEngine, type MockEngineOptions } from './engine.js';

/** Called the way the global fetch is; answers as the mock would over HTTP. Fits the client's `fetch` option. */
export type MockFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch that answers like Omise from the mock's data set (see `MOCK_IDS`): any `skey_test_` key,
 * lists paged and windowed by `limit`, `offset`, `order`, `from`, `to`, 404 `not_found` for unknown
 * ids, 400 `bad_request` naming the wrong parameter, and the `Prefer: code=…|example=…` scenarios.
 * For `createOmiseClient({ secretKey: MOCK_SECRET_KEY, fetch: createMockFetch() })`.
 * @param options - The data set and the clock; see {@link MockEngineOptions}.
 * @throws Nothing at creation. The fetch it returns answers errors as responses, as Omise does, and
 * rejects only as fetch would: with the signal's reason when aborted, or a TypeError for a URL or
 * init that `new Request` refuses.
 */
export function createMockFetch(options: MockEngineOptions = {}): MockFetch {
  const answer = createMockEngine(options);
  return async (input, init) => {
    // A Request is made only when one is given: undici's Request registers each one it makes with a
    // FinalizationRegistry, which keeps it through minor collections, and a batch of 100 000 calls
    // then grew the heap by hundreds of MB before a full collection.
    const request = input instanceof Request ? new Request(input, init) : undefined;
    const signal = request ? request.signal : init?.signal;
    // As fetch does: an aborted signal rejects with its reason, and nothing is answered.
    signal?.throwIfAborted();
    const url = request ? request.url : new URL(input as string | URL).href;
    const method = (request ? request.method : (init?.method ?? 'GET')).toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(request ? request.headers : init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const { status, headers: answerHeaders, body } = answer({ method, url, headers });
    return new Response(body, { status, headers: answerHeaders });
  };
}
