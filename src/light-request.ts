// openapi-fetch builds a Request only to hand it to fetch, and fetch then builds another from it. The
// client that serves the resources gives openapi-fetch this plain stand-in instead (its `Request`
// option), and the retry layer calls fetch(url, init) once per attempt: one Request per attempt is
// built, by fetch itself, instead of two, and with the Node transport none at all.
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  /** The caller's signal, when it gave one. */
  readonly signal: AbortSignal | undefined;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
  }
}

/** openapi-fetch's `Request` option takes a constructor of Request's shape. */
export const LightRequestClass = LightRequest as unknown as typeof Request;
