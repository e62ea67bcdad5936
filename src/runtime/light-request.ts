import { CALL_CONTROL, callControlOf } from './call-control.js';
import type { CallOverrides } from './retry.js';

// openapi-fetch builds a Request only to hand it to fetch. The client that serves the resources gives
// openapi-fetch this plain stand-in instead (its `Request` option): the retry layer reads the URL,
// method and signal from it and no web Request is ever built. It keeps no headers: the resources'
// methods add none, the client's own are added below openapi-fetch (src/runtime/client-fetch.ts), and only
// middleware would read them, which that client has none of.
export class LightRequest {
  readonly url: string;
  readonly method: string;
  /** The caller's signal, when it gave one. */
  readonly signal: AbortSignal | undefined;
  readonly [CALL_CONTROL]: CallOverrides | undefined;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.signal = init.signal ?? undefined;
    this[CALL_CONTROL] = callControlOf(init);
  }
}

/** openapi-fetch's `Request` option takes a constructor of Request's shape. */
export const LightRequestClass = LightRequest as unknown as typeof Request;
