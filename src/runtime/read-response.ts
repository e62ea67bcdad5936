// What the resources' openapi-fetch client gets back from its fetch: the last answer of a call, read
// whole (src/runtime/retry.ts), with what the call learned on the way. It offers openapi-fetch the little it
// uses of a Response (status, ok, headers.get, text) without building a web Response, whose body
// stream would only be read back into the same text. src/operations/answer.ts maps it to a value or an error.
import type { Received } from './retry.js';
import type { HeaderReader } from './transport.js';

export class ReadResponse {
  // Declared only: the constructor sets every field, once per answer (an initializer would set it twice).
  declare readonly status: number;
  declare readonly ok: boolean;
  declare readonly headers: HeaderReader;
  declare readonly url: string;
  /** The body as read, once, within the deadline and the byte cap. */
  declare readonly bodyText: string;
  declare readonly attempts: number;
  declare readonly retryAfterMs: number | undefined;
  declare readonly elapsedMs: number;

  constructor(received: Received, url: string) {
    this.status = received.status;
    this.ok = received.status >= 200 && received.status <= 299;
    this.headers = received.headers;
    this.url = url;
    this.bodyText = received.text;
    this.attempts = received.attempts;
    this.retryAfterMs = received.retryAfterMs;
    this.elapsedMs = received.elapsedMs;
  }

  /** The text already read; nothing is read again. */
  text(): Promise<string> {
    return Promise.resolve(this.bodyText);
  }
}
