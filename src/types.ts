// Public types, all taken from the types openapi-typescript generated from openapi.yaml.
import type { components, operations, paths } from '../generated/schema.js';

export type { paths };
export type Card = components['schemas']['Card'];
export type CardList = components['schemas']['CardList'];
export type Transaction = components['schemas']['Transaction'];
export type ListOrder = components['schemas']['ListOrder'];
export type OmiseErrorBody = components['schemas']['Error'];

/** Query of customers.listCards: limit, offset, order, from, to. */
export type ListCardsParams = NonNullable<operations['listCustomerCards']['parameters']['query']>;

/** Options of one call, over the client's for that call only. */
export interface RequestOptions {
  /** Aborts the call at once, also during a backoff wait: OmiseAbortError, with the signal's reason as `cause`. */
  signal?: AbortSignal;
  /** Deadline of one attempt, headers and body, in ms (the client's timeoutMs for this call). */
  timeoutMs?: number;
  /** Retries after the first attempt, 0 to 10 (the client's maxRetries for this call). */
  maxRetries?: number;
  /** Deadline of the whole call in ms: attempts, waits and reading (for listAllCards, of each page). */
  deadlineMs?: number;
}

/**
 * listAllCards: `order`, `from` and `to` as for one page. The first page fixes the snapshot (the
 * window Omise echoes, and the total); every card that existed then is yielded exactly once.
 */
export interface ListAllCardsOptions extends Omit<ListCardsParams, 'limit' | 'offset'>, RequestOptions {
  /** Cards per request; default 100, the API's maximum. */
  pageSize?: number;
  /** Pages requested at once after the first; default 4, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it. */
  concurrency?: number;
  /** Stop after this many cards (the requests under way are cancelled); default: every card. */
  maxItems?: number;
}

export interface RetrieveManyOptions extends RequestOptions {
  /** Calls at once; default 4, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it. */
  concurrency?: number;
}
