import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { KeyMode } from '../auth.js';

/** What a resource needs from the client: the typed openapi-fetch client and two decisions. */
export interface ResourceContext {
  raw: Client<paths>;
  keyMode: KeyMode;
  validateResponses: boolean;
}
