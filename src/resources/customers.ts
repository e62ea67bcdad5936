import { CALL_CONTROL, type CallControl } from '../call-control.js';
import { valueOf } from '../outcome.js';
import { paginate, type CardIterator } from '../pagination.js';
import type { CardList, ListAllCardsOptions, ListCardsParams, RequestOptions } from '../types.js';
import { checkId, checkOptionNames, checkQuery, checkWholeOption } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface CustomersResource {
  /** GET /customers/{id}/cards: one page. */
  listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): Promise<CardList>;
  /**
   * Every card the customer had at the first request, exactly once, in order, `concurrency` pages at
   * a time; see ListAllCardsOptions. The arguments are checked when called, before any request.
   * @throws {OmisePaginationError} when the server contradicts the first page's snapshot.
   */
  listAllCards(customerId: string, options?: ListAllCardsOptions): CardIterator;
}

const LIST_ALL_OPTIONS = ['order', 'from', 'to', 'pageSize', 'concurrency', 'maxItems', 'signal'] as const;

export function customersResource({ client, keyMode, validateResponses, redact }: ResourceContext): CustomersResource {
  async function listCards(customerId: string, params: ListCardsParams | undefined, signal: AbortSignal | undefined, control?: CallControl): Promise<CardList> {
    const result = await client.GET('/customers/{id}/cards', {
      params: { path: { id: customerId }, query: params },
      parseAs: 'text',
      signal,
      ...(control && { [CALL_CONTROL]: control }),
    });
    return valueOf<CardList>(result, 'CardList', validateResponses, redact);
  }

  return {
    async listCards(customerId, params, options) {
      checkId('listCustomerCards', 'customerId', customerId, keyMode);
      return listCards(customerId, checkQuery('listCustomerCards', params), options?.signal);
    },
    listAllCards(customerId, options = {}) {
      checkId('listCustomerCards', 'customerId', customerId, keyMode);
      checkOptionNames('listAllCards', options, LIST_ALL_OPTIONS, {
        limit: 'it chooses limit and offset itself; use pageSize (cards per request) and maxItems (cards in all)',
        offset: 'it reads every card from the start; use maxItems to stop early',
      });
      const { pageSize, concurrency, maxItems, signal, ...params } = options;
      checkQuery('listCustomerCards', params);
      // Checked once here; every page reuses the checked values.
      return paginate((query, control) => listCards(customerId, query, control.signal, control), params, {
        pageSize: checkWholeOption('pageSize', pageSize, 100, 1, 100),
        concurrency: checkWholeOption('concurrency', concurrency, 4, 1, 10, ' (Omise asks for at most 10 parallel workers)'),
        maxItems: maxItems === undefined ? undefined : checkWholeOption('maxItems', maxItems, 0, 1, Number.MAX_SAFE_INTEGER),
        signal,
      });
    },
  };
}
