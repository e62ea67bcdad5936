// The defaults the help shows, read from where they are decided rather than written again here: the
// client's (options.ts, by resolving no options at all) and the API's (openapi.yaml, through the
// generated request rules).
import { requestRules } from '../../generated/request-rules.js';
import { resolveOptions } from '../options.js';
import { checkConcurrency } from '../validate.js';

// No transport is opened: with neither fetch nor transport nor a default, the client only wraps fetch.
const client = resolveOptions({}, 'test', undefined);
const query = requestRules.listCustomerCards.params.query;

export const DEFAULTS = {
  baseUrl: client.baseUrl,
  timeoutMs: client.timeoutMs,
  maxRetries: client.maxRetries,
  /** listAllCards and retrieveMany. */
  concurrency: checkConcurrency(undefined),
  /** Cards per page of `cards`: the API's default. */
  limit: query.limit.default,
  /** Cards per request of `cards --all`: the most the API gives, as listAllCards' own default. */
  pageSize: query.limit.maximum,
  limitRange: `${query.limit.minimum} to ${query.limit.maximum}`,
  offset: query.offset.default,
  order: query.order.default,
} as const;
