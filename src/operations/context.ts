import type { KeyMode } from '../runtime/auth.js';
import type { Redact } from '../runtime/redact.js';
import type { OpenapiFetchResult } from './answer.js';

/**
 * The openapi-fetch client the operations send with, seen through the one call they make: a GET of
 * a path template with its parameters. Its typed form is `raw`; here the table, not the types,
 * says which paths exist.
 */
export interface Sender {
  GET(path: string, init: object): Promise<OpenapiFetchResult>;
}

/** What an operation needs from the client: the client it sends with, and the client's decisions. */
export interface OperationContext {
  /** Built with LightRequest and a fetch that answers with a ReadResponse (src/client.ts). */
  client: Sender;
  keyMode: KeyMode;
  validateResponses: boolean;
  redact: Redact;
}
