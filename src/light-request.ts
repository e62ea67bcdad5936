import { CALL_CONTROL, callControlOf } from './call-control.js';
import type { CallOverrides } from './retry.js';

// openapi-fetch builds a Request only to hand it to fetch. The client that serves the resources gives
// openapi-fetch this plain stand-in instead (its `Request` option): the retry layer reads the URL,
// method, headers and signal from it and no web Request is ever built.
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The caller's signal, when it gave one. */
  readonly signal: AbortSignal | undefined;
  readonly [CALL_CONTROL]: CallOverrides | undefined;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? undefined;
    this[CALL_CONTROL] = callControlOf(init);
  }
}

/** openapi-fetch's `Request` option takes a constructor of Request's shape. */
export const LightRequestClass = LightRequest as unknown as typeof Request;
