import { valueOf } from '../outcome.js';
import type { RequestOptions, Transaction } from '../types.js';
import { checkId } from '../validate.js';
import type { ResourceContext } from './context.js';

export interface TransactionsResource {
  /** GET /transactions/{id} */
  retrieve(transactionId: string, options?: RequestOptions): Promise<Transaction>;
}

export function transactionsResource({ client, keyMode, validateResponses, redact }: ResourceContext): TransactionsResource {
  return {
    async retrieve(transactionId, options) {
      checkId('retrieveTransaction', 'transactionId', transactionId, keyMode);
      const result = await client.GET('/transactions/{id}', { params: { path: { id: transactionId } }, parseAs: 'text', signal: options?.signal });
      return valueOf<Transaction>(result, 'Transaction', validateResponses, redact);
    },
  };
}
