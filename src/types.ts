// Public types, all taken from the types openapi-typescript generated from openapi.yaml.
import type { components, operations, paths as SpecPaths } from '../generated/schema.js';

// An alias (not a re-export) so that its documentation lives here: generated/ is not edited by hand.
/**
 * The operations of openapi.yaml by path, as openapi-typescript writes them: the type parameter of
 * openapi-fetch's `Client`, as in {@link OmiseClient.raw}. Only `/customers/{id}/cards` and
 * `/transactions/{id}` (GET).
 */
export type paths = SpecPaths;
/**
 * A card saved on a customer (API version 2019-05-29), as openapi.yaml describes it: which fields are
 * always sent, which may be null or missing (cards saved in 2019 lack `first_digits` and
 * `tokenization_method`).
 */
export type Card = components['schemas']['Card'];
/** One page of a customer's cards: `data` holds at most `limit` cards; `total` counts every match. */
export type CardList = components['schemas']['CardList'];
/**
 * One movement of the account balance (API version 2019-05-29). `amount` is in the smallest unit of
 * the currency (satang for THB); `direction` ('credit' or 'debit') gives its sign.
 */
export type Transaction = components['schemas']['Transaction'];
/** Sort order by creation time: 'chronological' (oldest first, the API's default) or 'reverse_chronological'. */
export type ListOrder = components['schemas']['ListOrder'];
/**
 * The body of every error Omise answers: `object` 'error', `code` (machine-readable, e.g.
 * 'not_found'), `message`, and `location` (a link to the code's documentation). The client turns it
 * into an {@link OmiseApiError}; `raw` hands it over as `error`.
 */
export type OmiseErrorBody = components['schemas']['Error'];

/**
 * Query of customers.listCards, checked against openapi.yaml before sending: `limit` (cards per page,
 * 1 to 100; the API's default 20), `offset` (cards to skip; default 0), `order` (default
 * 'chronological'), `from` and `to` (ISO 8601 date-times with a time zone; the API's defaults are
 * 1970-01-01T00:00:00Z and now).
 */
export type ListCardsParams = NonNullable<operations['listCustomerCards']['parameters']['query']>;

/** Options of one call, over the client's for that call only. */
export interface RequestOptions {
  /**
   * Aborts the call at once, also during a backoff wait: OmiseAbortError, with the signal's reason as `cause`.
   * @defaultValue none
   */
  signal?: AbortSignal;
  /**
   * Deadline of one attempt, headers and body, in ms; 1 to 2 147 483 647.
   * @defaultValue the client's timeoutMs (60 000 unless set)
   */
  timeoutMs?: number;
  /**
   * Retries after the first attempt, 0 to 10.
   * @defaultValue the client's maxRetries (2 unless set)
   */
  maxRetries?: number;
  /**
   * Deadline of the whole call in ms: attempts, waits and reading (for listAllCards, of each page); 1 to 2 147 483 647.
   * @defaultValue the client's deadlineMs (none unless set)
   */
  deadlineMs?: number;
}

/**
 * listAllCards: `order`, `from` and `to` as for one page. The first page fixes the snapshot (the
 * window Omise echoes, and the total); every card that existed then is yielded exactly once.
 */
export interface ListAllCardsOptions extends Omit<ListCardsParams, 'limit' | 'offset'>, RequestOptions {
  /**
   * Cards per request, 1 to 100.
   * @defaultValue 100, the API's maximum
   */
  pageSize?: number;
  /**
   * Pages requested at once after the first, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it.
   * @defaultValue 4
   */
  concurrency?: number;
  /**
   * Stop after this many cards (the requests under way are cancelled); at least 1.
   * @defaultValue every card
   */
  maxItems?: number;
}

/** Options of transactions.retrieveMany: those of every call, and how many run at once. */
export interface RetrieveManyOptions extends RequestOptions {
  /**
   * Calls at once, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it.
   * @defaultValue 4
   */
  concurrency?: number;
}
