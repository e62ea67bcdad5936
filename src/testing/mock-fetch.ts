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
    const request = new Request(input, init);
    // As fetch does: an aborted signal rejects with its reason, and nothing is answered.
    request.signal.throwIfAborted();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const { status, headers: answerHeaders, body } = answer({ method: request.method, url: request.url, headers });
    return new Response(body, { status, headers: answerHeaders });
  };
}
