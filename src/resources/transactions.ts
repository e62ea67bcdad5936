import { settle } from '../call.js';
import type { RequestOptions, Transaction } from '../types.js';
import { checkId } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface TransactionsResource {
  /** GET /transactions/{id} */
  retrieve(transactionId: string, options?: RequestOptions): Promise<Transaction>;
}

export function transactionsResource({ client, keyMode, validateResponses }: ResourceContext): TransactionsResource {
  return {
    async retrieve(transactionId, options) {
      checkId('retrieveTransaction', 'transactionId', transactionId, keyMode);
      return settle<Transaction>(
        client.GET('/transactions/{id}', { params: { path: { id: transactionId } }, parseAs: 'stream', signal: options?.signal }),
        'Transaction',
        validateResponses,
      );
    },
  };
}
