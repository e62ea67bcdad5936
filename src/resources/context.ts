import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { KeyMode } from '../auth.js';
import type { Redact } from '../redact.js';

/** What a resource needs from the client: the typed openapi-fetch client it sends with, and its decisions. */
export interface ResourceContext {
  /** Built with LightRequest and a fetch that answers with a ReadResponse (src/client.ts). */
  client: Client<paths>;
  keyMode: KeyMode;
  validateResponses: boolean;
  redact: Redact;
}
