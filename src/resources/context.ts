import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { KeyMode } from '../auth.js';
import type { RetryingFetch } from '../retry.js';

/** What a resource needs from the client: the typed openapi-fetch client and two decisions. */
export interface ResourceContext {
  raw: Client<paths>;
  /** The retrying fetch that hands 2xx bodies over as text (see createRetryingFetch). */
  fetch: RetryingFetch;
  keyMode: KeyMode;
  validateResponses: boolean;
}
