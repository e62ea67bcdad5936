// The defaults the help shows, read from where they are decided rather than written again here: the
// client's (options.ts, by resolving no options at all) and the API's (openapi.yaml, through the
// generated operation table).
import { operations } from '../../generated/operations.js';
import { resolveOptions } from '../runtime/options.js';
import { checkConcurrency } from '../operations/request-check.js';

// No transport is opened: with neither fetch nor transport nor a default, the client only wraps fetch.
const client = resolveOptions({}, 'test', undefined);
// The `cards` alias's (customers list-cards), whose help states the list's defaults.
const query = operations.listCustomerCards.query;

export const DEFAULTS = {
  baseUrl: client.baseUrl,
  timeoutMs: client.timeoutMs,
  maxRetries: client.maxRetries,
  /** listAll commands and batches. */
  concurrency: checkConcurrency(undefined),
  /** Cards per page of `cards`: the API's default. */
  limit: query.limit.default,
  /** Cards per request of `cards --all`: the most the API gives, as listAllCards' own default. */
  pageSize: query.limit.maximum,
  limitRange: `${query.limit.minimum} to ${query.limit.maximum}`,
  offset: query.offset.default,
  order: query.order.default,
} as const;
