import { omisePromise, type OmisePromise } from '../api-promise.js';
import { CALL_CONTROL } from '../call-control.js';
import type { CallOverrides } from '../retry.js';
import { valueOf } from '../outcome.js';
import { paginate, type CardIterator } from '../pagination.js';
import type { ReadResponse } from '../read-response.js';
import type { CardList, ListAllCardsOptions, ListCardsParams, RequestOptions } from '../types.js';
import { checkConcurrency, checkId, checkQuery, checkRequestOptions, checkWholeOption } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface CustomersResource {
  /**
   * GET /customers/{id}/cards: one page. `await` gives the page; `.withResponse()` gives it with the
   * response (status, headers, request id, attempts, elapsed time).
   * @throws {OmiseValidationError} for a malformed id, parameter or option, before any request.
   * @throws {OmiseApiError} a subclass by status (OmiseNotFoundError, OmiseAuthenticationError, ...).
   * @throws {OmiseConnectionError | OmiseTimeoutError | OmiseAbortError} when no answer could be had.
   */
  listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): OmisePromise<CardList>;
  /**
   * Every card the customer had at the first request, exactly once, in order, `concurrency` pages at
   * a time; see ListAllCardsOptions. The arguments are checked when called, before any request.
   * @throws {OmiseValidationError} at the call, for a malformed id or option.
   * @throws {OmisePaginationError} while iterating, when the server contradicts the first page's snapshot.
   */
  listAllCards(customerId: string, options?: ListAllCardsOptions): CardIterator;
}

export function customersResource({ client, keyMode, validateResponses, redact }: ResourceContext): CustomersResource {
  async function listCards(customerId: string, params: ListCardsParams | undefined, signal: AbortSignal | undefined, control: CallOverrides | undefined): Promise<{ data: CardList; answer: ReadResponse }> {
    const result = await client.GET('/customers/{id}/cards', { params: { path: { id: customerId }, query: params }, parseAs: 'text', signal, ...(control && { [CALL_CONTROL]: control }) });
    return { data: await valueOf<CardList>(result, 'CardList', validateResponses, redact), answer: result.response as unknown as ReadResponse };
  }

  return {
    listCards(customerId, params, options) {
      let checked: ReturnType<typeof listCards>;
      try {
        checkId('listCustomerCards', 'customerId', customerId, keyMode);
        checked = listCards(customerId, checkQuery('listCustomerCards', params), options?.signal, checkRequestOptions('listCards', options));
      } catch (error) {
        // Refused before sending: the promise rejects, as for any other failure.
        checked = Promise.reject(error);
      }
      return omisePromise(checked, redact);
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
      return paginate(async (query, control) => (await listCards(customerId, query, control.signal, { ...limits, onRetry: control.onRetry })).data, params, {
        pageSize: checkWholeOption('pageSize', pageSize, 100, 1, 100),
        concurrency: checkConcurrency(concurrency),
        maxItems: maxItems === undefined ? undefined : checkWholeOption('maxItems', maxItems, 0, 1, Number.MAX_SAFE_INTEGER),
        signal,
      });
    },
  };
}
