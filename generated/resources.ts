// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
import { callOperation, listAll, retrieveMany } from '../src/operations/call.js';
import type { OperationContext } from '../src/operations/context.js';
import { operations } from './operations.js';
import type { Card, CardList, OmiseClient, RetrieveResult, Transaction } from './public-types.js';

/** The client's resources, each method over the operation it names. */
export function createResources(context: OperationContext): Omit<OmiseClient, 'raw' | 'close'> {
  return {
    customers: {
      listCards: (customerId, params, options) => callOperation<CardList>(context, operations.listCustomerCards, [customerId], params, options),
      listAllCards: (customerId, options) => listAll<Card>(context, operations.listCustomerCards, [customerId], options),
    },
    transactions: {
      retrieve: (transactionId, options) => callOperation<Transaction>(context, operations.retrieveTransaction, [transactionId], undefined, options),
      retrieveMany: (transactionIds, options) => retrieveMany<RetrieveResult>(context, operations.retrieveTransaction, transactionIds, options),
    },
  };
}
