import { omiseCall, type AnswerRecord, type OmisePromise } from '../api-promise.js';
import { CALL_CONTROL } from '../call-control.js';
import type { CallOverrides } from '../retry.js';
import { answerValue } from '../outcome.js';
import { paginate, type CardIterator } from '../pagination.js';
import type { ReadResponse } from '../read-response.js';
import type { CardList, ListAllCardsOptions, ListCardsParams, RequestOptions } from '../types.js';
import { checkConcurrency, checkId, checkQuery, checkRequestOptions, checkWholeOption } from '../validate.js';
import type { ResourceContext } from './context.js';

/** `client.customers`: a customer's saved cards. */
export interface CustomersResource {
  /**
   * `GET /customers/{id}/cards`: one page. `await` gives the page; `.withResponse()` gives it with the
   * response (status, headers, request id, attempts, elapsed time). Errors come as the promise's
   * rejection, never thrown at the call.
   * @param customerId - The customer's id, `cust_...` (`cust_test_...` with a test key).
   * @param params - limit, offset, order, from, to; see {@link ListCardsParams}.
   * @param options - signal, timeoutMs, maxRetries, deadlineMs for this call.
   * @throws {@link OmiseValidationError} for a malformed id, parameter or option, or an id of the
   * other mode than the key's, before any request.
   * @throws {@link OmiseApiError} when Omise answers an error (after the retries, for 429 and most
   * 5xx), as the subclass of its status: {@link OmiseNotFoundError}, {@link OmiseAuthenticationError},
   * {@link OmiseBadRequestError}, {@link OmiseRateLimitError}, {@link OmiseServerError}; or as
   * OmiseApiError itself for another status or a 2xx the client cannot use.
   * @throws {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when the answer is a
   * redirect or larger than maxResponseBytes.
   * @throws {@link OmiseResponseValidationError} with validateResponses, when the page does not match openapi.yaml.
   * @throws {@link OmiseConnectionError} or {@link OmiseTimeoutError} when no answer could be had
   * after the retries, and {@link OmiseAbortError} when `options.signal` aborts.
   */
  listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): OmisePromise<CardList>;
  /**
   * Every card the customer had at the first request, exactly once, in order, `concurrency` pages at
   * a time; see ListAllCardsOptions. The arguments are checked when called, before any request.
   * @param customerId - The customer's id, `cust_...` (`cust_test_...` with a test key).
   * @param options - order, from, to, pageSize, concurrency, maxItems, and the options of every call.
   * @throws {@link OmiseValidationError} at the call, for a malformed id or option (`limit` and
   * `offset` included: use pageSize and maxItems).
   * @throws {@link OmisePaginationError} while iterating, when the server contradicts the first page's snapshot.
   * @throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.
   * @throws {@link OmiseApiError} (and the other errors of {@link CustomersResource.listCards}) while
   * iterating, when a page fails.
   */
  listAllCards(customerId: string, options?: ListAllCardsOptions): CardIterator;
}

export function customersResource({ client, keyMode, validateResponses, redact }: ResourceContext): CustomersResource {
  async function listCards(customerId: string, params: ListCardsParams | undefined, signal: AbortSignal | undefined, control: CallOverrides | undefined, record?: AnswerRecord): Promise<CardList> {
    const result = await client.GET('/customers/{id}/cards', { params: { path: { id: customerId }, query: params }, parseAs: 'text', signal, ...(control && { [CALL_CONTROL]: control }) });
    if (record) record.answer = result.response as unknown as ReadResponse;
    return answerValue<CardList>(result, 'CardList', { path: `/customers/${customerId}/cards` }, validateResponses, redact);
  }

  return {
    listCards(customerId, params, options) {
      return omiseCall(redact, (record) => {
        checkId('listCustomerCards', 'customerId', customerId, keyMode);
        return listCards(customerId, checkQuery('listCustomerCards', params), options?.signal, checkRequestOptions('listCards', options), record);
      });
    },
    listAllCards(customerId, options = {}) {
      checkId('listCustomerCards', 'customerId', customerId, keyMode);
      const { pageSize, concurrency, maxItems, signal, order, from, to } = options;
      const limits = checkRequestOptions('listAllCards', options, ['order', 'from', 'to', 'pageSize', 'concurrency', 'maxItems'], {
        limit: 'it chooses limit and offset itself; use pageSize (cards per request) and maxItems (cards in all)',
        offset: 'it reads every card from the start; use maxItems to stop early',
      });
      const params = checkQuery('listCustomerCards', { order, from, to })!;
      // Checked once here; every page reuses the checked values, and has the per-call limits.
      return paginate((query, control) => listCards(customerId, query, control.signal, { ...limits, onRetry: control.onRetry }), params, {
        pageSize: checkWholeOption('pageSize', pageSize, 100, 1, 100),
        concurrency: checkConcurrency(concurrency),
        maxItems: maxItems === undefined ? undefined : checkWholeOption('maxItems', maxItems, 0, 1, Number.MAX_SAFE_INTEGER),
        signal,
      });
    },
  };
}
