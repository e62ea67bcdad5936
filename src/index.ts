// Public exports only.
export { createOmiseClient } from './client.js';
export type { OmiseClientOptions } from './runtime/options.js';
export type { RetryInfo } from './runtime/observe.js';
export type { FetchLike, HeaderReader, Transport, TransportRequest, TransportResponse, AttemptSignal } from './runtime/transport.js';
export type { OmisePromise, OmiseResponse, WithResponse } from './runtime/api-promise.js';
export type { Logger, RequestEvent, ResponseEvent } from './runtime/observe.js';
// The client, its resources, one type per schema and each operation's parameters: generated from
// openapi.yaml, so a new operation's types are exported with no line written here.
export type * from './types.js';
export {
  OmiseAbortError,
  OmiseApiError,
  OmiseAuthenticationError,
  OmiseBadRequestError,
  OmiseCertificateError,
  OmiseConfigurationError,
  OmiseConnectionError,
  OmiseError,
  OmiseNotFoundError,
  OmisePaginationError,
  OmiseProxyError,
  OmiseRateLimitError,
  OmiseRedirectError,
  OmiseResponseTooLargeError,
  OmiseResponseValidationError,
  OmiseServerError,
  OmiseTimeoutError,
  OmiseValidationError,
} from './runtime/errors.js';
