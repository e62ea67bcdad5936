import { valueOf } from '../outcome.js';
import { OmiseValidationError } from '../errors.js';
import { paginate } from '../pagination.js';
import type { Card, CardList, ListAllCardsOptions, ListCardsParams, RequestOptions } from '../types.js';
import { checkId, checkQuery } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface CustomersResource {
  /** GET /customers/{id}/cards: one page. */
  listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): Promise<CardList>;
  /** Every card across pages; the arguments are checked when called, before any request. */
  listAllCards(customerId: string, options?: ListAllCardsOptions): AsyncIterable<Card>;
}

export function customersResource({ client, keyMode, validateResponses, redact }: ResourceContext): CustomersResource {
  async function listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): Promise<CardList> {
    const result = await client.GET('/customers/{id}/cards', { params: { path: { id: customerId }, query: params }, parseAs: 'text', signal: options?.signal });
    return valueOf<CardList>(result, 'CardList', validateResponses, redact);
  }

  return {
    async listCards(customerId, params, options) {
      checkId('listCustomerCards', 'customerId', customerId, keyMode);
      return listCards(customerId, checkQuery('listCustomerCards', params), options);
    },
    listAllCards(customerId, options = {}) {
      const { pageSize = 100, signal, ...params } = options;
      checkId('listCustomerCards', 'customerId', customerId, keyMode);
      checkQuery('listCustomerCards', params);
      try {
        checkQuery('listCustomerCards', { limit: pageSize });
      } catch (error) {
        // The same rule as limit, named as the caller wrote it.
        throw new OmiseValidationError('pageSize', (error as Error).message.replace(/^limit/, 'pageSize'));
      }
      // Checked once above; pages reuse the checked values.
      return paginate((query, opts) => listCards(customerId, query, opts), params, pageSize, signal ? { signal } : {});
    },
  };
}
