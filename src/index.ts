// Public exports only.
export { createOmiseClient, type OmiseClient } from './client.js';
export type { OmiseClientOptions } from './options.js';
export type { RetryInfo } from './retry.js';
export type { FetchLike, HeaderReader, Transport, TransportRequest, TransportResponse, AttemptSignal } from './transport.js';
export type { OmisePromise, OmiseResponse, WithResponse } from './api-promise.js';
export type { RetrieveResult } from './bulk.js';
export type { Logger, RequestEvent, ResponseEvent } from './observe.js';
export type { CardIterator } from './pagination.js';
export type { CustomersResource } from './resources/customers.js';
export type { TransactionsResource } from './resources/transactions.js';
export type {
  Card,
  CardList,
  ListAllCardsOptions,
  ListCardsParams,
  ListOrder,
  OmiseErrorBody,
  RequestOptions,
  RetrieveManyOptions,
  Transaction,
  paths,
} from './types.js';
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
} from './errors.js';
