// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import type { Client } from 'openapi-fetch';
import type { OmisePromise } from '../src/runtime/api-promise.js';
import type { OmiseError } from '../src/runtime/errors.js';
import type { RequestOptions, RetrieveManyOptions } from '../src/operations/call-options.js';
import type { operations, paths as SpecPaths } from './schema.js';

/** The operations of openapi.yaml by path, as openapi-typescript writes them: the type parameter of openapi-fetch's `Client`, as in {@link OmiseClient.raw}. Only `/customers/{id}/cards`, `/transactions/{id}`. */
export type paths = SpecPaths;

/** A customer's id, `cust_...` (`cust_test_...` in test mode). */
export type CustomerId = string;

/** A transaction's id, `trxn_...` (`trxn_test_...` in test mode). */
export type TransactionId = string;

/** Sort order by creation time; `chronological` (oldest first) is the API's default. */
export type ListOrder = 'chronological' | 'reverse_chronological';

/** A page of cards. `data` holds at most `limit` cards; `total` counts every match. */
export interface CardList {
  /** Always `list`. */
  object: 'list';
  /** The cards of this page, at most `limit`, in `order`. */
  data: Card[];
  /** The most cards a page holds, as asked (the API's default is 20). */
  limit: number;
  /** How many cards of the window come before this page. */
  offset: number;
  /** How many cards the window holds in all, on every page: the end is reached when `offset` plus the cards read reaches it. */
  total: number;
  /** The order the cards come in, as asked; null when a list was read without one. */
  order: ListOrder | null;
  /** The path of the list: `/customers/{id}/cards`. */
  location: string;
  /** The start of the window the list covers (UTC); the epoch when none was asked for. */
  from: string;
  /** The end of the window the list covers (UTC); the time of the request when none was asked for. */
  to: string;
}

/**
 * A card saved on a customer (API version 2019-05-29).
 *
 * @remarks
 * Why these fields are required, optional or nullable, checked against the bodies Omise's own
 * SDKs recorded from the real API: the API serializes every field the version had when it
 * shipped on every response, writing null for what it does not know, so those fields are
 * required (a missing one means a different API version, which the `Omise-Version` header rules
 * out). Two fields came later without a new version: `first_digits` (around July 2019) and
 * `tokenization_method` (2022). A genuine 2019-05-29 card recorded on 2019-05-24 has neither, one
 * recorded in 2025 has both as null, so both are optional and nullable. Nullable are the fields
 * real cards come back without: the billing address fields (`street1`, `street2`, `city`,
 * `state`, `postal_code`, `phone_number`), which tokenization does not ask for; `first_digits`,
 * shown only to some merchants; `bank` and `country`, derived from the card's IIN and unknown for
 * some ranges; `tokenization_method`, null unless the card came from a wallet. Strings the API
 * derives may also be empty (`bank`, `country`, `financing`), so they carry no minimum length.
 * Everything the card cannot exist without (id, brand, last digits, expiry, fingerprint,
 * creation time) is non-nullable. Unknown extra fields are allowed so that a field Omise adds
 * later does not break validation.
 */
export interface Card {
  /** Always `card`. */
  object: 'card';
  /** The card's id, `card_...` (`card_test_...` in test mode). */
  id: string;
  /** Whether the card is of live mode (false in test mode). */
  livemode: boolean;
  /** The path of the card: `/customers/{customer}/cards/{card}`. */
  location: string;
  /** Whether the card was deleted from the customer (Omise keeps a deleted card's data). */
  deleted: boolean;
  /** Card network, e.g. Visa, MasterCard, JCB, American Express, UnionPay. */
  brand: string;
  /** The card number's last four digits. */
  last_digits: string;
  /**
   * The card's leading digits, only returned to some merchants; null otherwise. Added by Omise
   * after 2019-05-29 shipped: older answers of this version do not carry it.
   */
  first_digits?: string | null;
  /** Card holder's name, as given when the card was tokenized. */
  name: string;
  /** The month the card expires, 1 to 12. */
  expiration_month: number;
  /** The year the card expires, four digits. */
  expiration_year: number;
  /** Issuing bank, derived from the IIN; empty or null when unknown. */
  bank: string | null;
  /** Issuing country (ISO 3166-1 alpha-2, lowercase as sent), derived from the IIN. */
  country: string | null;
  /** The billing address's city, when it was given. */
  city: string | null;
  /** The billing address's postal code, when it was given. */
  postal_code: string | null;
  /** The billing address's state or province, when it was given. */
  state: string | null;
  /** The billing address's first street line, when it was given. */
  street1: string | null;
  /** The billing address's second street line, when it was given. */
  street2: string | null;
  /** The cardholder's phone number, when it was given. */
  phone_number: string | null;
  /** Funding type; empty when the issuer does not say. */
  financing: 'credit' | 'debit' | 'prepaid' | '';
  /** Same value for the same card number within an account. */
  fingerprint: string;
  /**
   * How the card was tokenized by a wallet (e.g. applepay, googlepay); null for cards entered
   * directly. Added by Omise in 2022 without a new version: older answers do not carry it.
   */
  tokenization_method?: string | null;
  /**
   * Deprecated by Omise; kept because the API still sends it.
   * @deprecated Omise deprecated it; it is still sent.
   */
  security_code_check: boolean;
  /** When the card was saved (UTC, RFC 3339). */
  created_at: string;
}

/** One movement of the account balance (API version 2019-05-29). All fields are always sent. */
export interface Transaction {
  /** Always `transaction`. */
  object: 'transaction';
  /** The transaction's id, `trxn_...` (`trxn_test_...` in test mode). */
  id: string;
  /** Whether the transaction is of live mode (false in test mode). */
  livemode: boolean;
  /** The path of the transaction: `/transactions/{id}`. */
  location: string;
  /** In the smallest unit of the currency (satang for THB); `direction` gives the sign. */
  amount: number;
  /** ISO 4217 code, e.g. THB. */
  currency: string;
  /** `credit` adds `amount` to the balance, `debit` takes it away. */
  direction: 'credit' | 'debit';
  /** What caused the movement, e.g. charge.captured.net, refund.created. */
  key: string;
  /** Id of the object that caused it (a charge, refund, transfer, dispute or receipt). */
  origin: string;
  /** When the amount can be transferred out of the account (UTC, RFC 3339). */
  transferable_at: string;
  /** When the movement was recorded (UTC, RFC 3339). */
  created_at: string;
}

/** Every error the API returns has this shape. */
export interface OmiseErrorBody {
  /** Always `error`. */
  object: 'error';
  /** Link to the documentation of this error code. */
  location: string;
  /** Machine-readable, e.g. bad_request, authentication_failure, not_found. */
  code: string;
  /** What went wrong, in Omise's words. */
  message: string;
}

/**
 * Query of customers.listCards, checked against openapi.yaml before sending:
 * - `limit`: How many cards a page holds. 1 to 100, default 20.
 * - `offset`: How many cards to skip. At least 0, default 0.
 * - `order`: Sort order by creation time. One of 'chronological', 'reverse_chronological', default chronological.
 * - `from`: Only cards created at or after this time (RFC 3339, the time zone as Z or +hh:mm). The API's default is 1970-01-01T00:00:00Z. An RFC 3339 date-time.
 * - `to`: Only cards created at or before this time (RFC 3339, the time zone as Z or +hh:mm). The API's default is now. An RFC 3339 date-time.
 */
export type ListCardsParams = NonNullable<operations['listCustomerCards']['parameters']['query']>;

/** Options of customers.listAllCards: the list's parameters but `limit` and `offset`, as for one page, and those of every call. The first page fixes the snapshot (the window Omise echoes, and the total); every card that existed then is yielded exactly once. */
export interface ListAllCardsOptions extends Omit<ListCardsParams, 'limit' | 'offset'>, RequestOptions {
  /**
   * Cards per request, 1 to 100.
   * @defaultValue 100, the API's maximum
   */
  pageSize?: number | undefined;
  /**
   * Pages requested at once after the first, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it.
   * @defaultValue 4
   */
  concurrency?: number | undefined;
  /**
   * Stop after this many cards (the requests under way are cancelled); at least 1.
   * @defaultValue every card
   */
  maxItems?: number | undefined;
}

/** What a listAll method over Card returns: an async iterable of cards (`for await`) that knows, once the first page has come, how many the snapshot holds. Each `for await` reads the list anew. */
export interface CardIterator extends AsyncIterable<Card> {
  /** The snapshot's total, once the first page has come; undefined before. */
  readonly total: number | undefined;
}

/** One id's outcome in transactions.retrieveMany: `{ id, ok: true, transaction }`, or `{ id, ok: false, error }` with the typed error of its call (an OmiseNotFoundError, an OmiseServerError after the retries, ...). Check `ok` to tell them apart. */
export type RetrieveResult = { id: string; ok: true; transaction: Transaction } | { id: string; ok: false; error: OmiseError };

/** `client.customers`: A customer's saved cards. */
export interface CustomersResource {
  /**
   * List the cards attached to a customer. `GET /customers/{id}/cards`.
   *
   * Returns one page of the customer's cards. Pages are chosen with `offset` and `limit`; `total`
   * in the answer says how many cards match, so a caller knows when it has read the last page.
   *
   * `await` gives the CardList; `.withResponse()` gives it with the response (status, headers, request id, attempts, elapsed time). Errors come as the promise's rejection, never thrown at the call.
   * @param customerId - The customer's id. Test-mode ids contain `_test_`.
   * @param params - limit, offset, order, from, to; see {@link ListCardsParams}.
   * @param options - signal, timeoutMs, maxRetries, deadlineMs for this call.
   * @throws {@link OmiseValidationError} for a malformed id, parameter or option, or an id of the other mode than the key's, before any request.
   * @throws {@link OmiseBadRequestError} (400) A parameter is malformed or out of range.
   * @throws {@link OmiseAuthenticationError} (401) Missing or malformed Authorization, a public key, or a wrong secret key.
   * @throws {@link OmiseNotFoundError} (404) No such customer for this key (wrong id, deleted customer, another account, or a test/live mix-up).
   * @throws {@link OmiseRateLimitError} (429, after the retries) Too many requests. Omise limits the rate of requests per IP address and per account (no numbers are published), and asks that no more than 10 parallel workers call the API. Omise documents this status only, not a body nor a Retry-After header, so neither is described here. Slow down and retry with exponential backoff (honouring Retry-After if one is sent).
   * @throws {@link OmiseServerError} (500, after the retries) The API failed; retry with exponential backoff.
   * @throws {@link OmiseServerError} (503, after the retries) The API is unavailable for a moment; retry with exponential backoff.
   * @throws {@link OmiseApiError} for a status openapi.yaml does not declare, or a 2xx the client cannot use.
   * @throws {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when the answer is a redirect or larger than maxResponseBytes.
   * @throws {@link OmiseResponseValidationError} with validateResponses, when the CardList does not match openapi.yaml.
   * @throws {@link OmiseConnectionError} or {@link OmiseTimeoutError} when no answer could be had after the retries, and {@link OmiseAbortError} when `options.signal` aborts.
   */
  listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): OmisePromise<CardList>;
  /**
   * Every card of `GET /customers/{id}/cards` as of the first request, exactly once, in order, `concurrency` pages at a time; see {@link ListAllCardsOptions}. The arguments are checked when called, before any request.
   * @param customerId - The customer's id. Test-mode ids contain `_test_`.
   * @param options - order, from, to, pageSize, concurrency, maxItems, and the options of every call.
   * @throws {@link OmiseValidationError} at the call, for a malformed id or option (`limit` and `offset` included: use pageSize and maxItems).
   * @throws {@link OmisePaginationError} while iterating, when the server contradicts the first page's snapshot.
   * @throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.
   * @throws {@link OmiseApiError} (and the other errors of {@link CustomersResource.listCards}) while iterating, when a page fails.
   */
  listAllCards(customerId: string, options?: ListAllCardsOptions): CardIterator;
}

/** `client.transactions`: Balance movements, for reconciliation and audit. */
export interface TransactionsResource {
  /**
   * Retrieve one transaction. `GET /transactions/{id}`.
   *
   * Returns one movement of the account's balance, as used for reconciliation and audit.
   *
   * `await` gives the Transaction; `.withResponse()` gives it with the response (status, headers, request id, attempts, elapsed time). Errors come as the promise's rejection, never thrown at the call.
   * @param transactionId - The transaction's id. Test-mode ids contain `_test_`.
   * @param options - signal, timeoutMs, maxRetries, deadlineMs for this call.
   * @throws {@link OmiseValidationError} for a malformed id, parameter or option, or an id of the other mode than the key's, before any request.
   * @throws {@link OmiseAuthenticationError} (401) Missing or malformed Authorization, a public key, or a wrong secret key.
   * @throws {@link OmiseNotFoundError} (404) No such transaction for this key (wrong id, another account, or a test/live mix-up).
   * @throws {@link OmiseRateLimitError} (429, after the retries) Too many requests. Omise limits the rate of requests per IP address and per account (no numbers are published), and asks that no more than 10 parallel workers call the API. Omise documents this status only, not a body nor a Retry-After header, so neither is described here. Slow down and retry with exponential backoff (honouring Retry-After if one is sent).
   * @throws {@link OmiseServerError} (500, after the retries) The API failed; retry with exponential backoff.
   * @throws {@link OmiseServerError} (503, after the retries) The API is unavailable for a moment; retry with exponential backoff.
   * @throws {@link OmiseApiError} for a status openapi.yaml does not declare, or a 2xx the client cannot use.
   * @throws {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when the answer is a redirect or larger than maxResponseBytes.
   * @throws {@link OmiseResponseValidationError} with validateResponses, when the Transaction does not match openapi.yaml.
   * @throws {@link OmiseConnectionError} or {@link OmiseTimeoutError} when no answer could be had after the retries, and {@link OmiseAbortError} when `options.signal` aborts.
   */
  retrieve(transactionId: string, options?: RequestOptions): OmisePromise<Transaction>;
  /**
   * One result per id, in the order of the ids, `concurrency` calls of {@link TransactionsResource.retrieve} at a time (default 4, at most 10): the transaction, or the typed error of that id (a 404 does not end the batch). Every id is checked before any request is sent.
   * @param transactionIds - An array (or another iterable, not a string) of transaction ids.
   * @param options - concurrency, and the options of every call.
   * @throws {@link OmiseValidationError} at the call, for transactionIds that are not an iterable, a malformed id or option, or an id of the other mode than the key's, before any request.
   * @throws {@link OmiseAuthenticationError} while iterating, when the key is refused: every id would fail the same way.
   * @throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.
   */
  retrieveMany(transactionIds: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<RetrieveResult>;
}

/** A client for the Omise API, made by {@link createOmiseClient}. */
export interface OmiseClient {
  /** A customer's saved cards. */
  customers: CustomersResource;
  /** Balance movements, for reconciliation and audit. */
  transactions: TransactionsResource;
  /**
   * The typed openapi-fetch client, with the same auth, retries, deadlines and limits. Unlike the
   * resources, it checks no ids or parameters before sending, and an error status comes back as
   * openapi-fetch's `{ error, response }` rather than thrown.
   * @throws Its calls reject with {@link OmiseConnectionError}, {@link OmiseTimeoutError},
   * {@link OmiseAbortError}, {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when no
   * usable answer could be had, and with {@link OmiseConfigurationError} when a call names another baseUrl.
   */
  raw: Client<paths>;
  /**
   * Waits for the calls under way, then closes the sockets the client opened (the default Node
   * transport's). Optional: idle sockets never keep a process alive. A transport passed in as an
   * option is left to its owner. The client stays usable: a later call opens new sockets.
   * @throws Nothing in practice: it rejects only if closing the client's own transport fails; the
   * calls under way keep their own outcomes.
   */
  close(): Promise<void>;
}
