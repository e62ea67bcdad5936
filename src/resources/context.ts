import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { KeyMode } from '../auth.js';

/** What a resource needs from the client: the typed openapi-fetch client it sends with, and two decisions. */
export interface ResourceContext {
  /** Built with LightRequest and a retrying fetch that hands 2xx bodies over as text (src/client.ts). */
  client: Client<paths>;
  keyMode: KeyMode;
  validateResponses: boolean;
}
