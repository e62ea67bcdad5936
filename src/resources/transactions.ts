import { omiseCall, type AnswerRecord, type OmisePromise } from '../api-promise.js';
import { retrieveEach, type RetrieveResult } from '../bulk.js';
import { CALL_CONTROL } from '../call-control.js';
import type { CallOverrides } from '../retry.js';
import { OmiseValidationError } from '../errors.js';
import { answerValue } from '../outcome.js';
import type { ReadResponse } from '../read-response.js';
import type { RequestOptions, RetrieveManyOptions, Transaction } from '../types.js';
import { checkConcurrency, checkId, checkRequestOptions } from '../validate.js';
import type { ResourceContext } from './context.js';

/** `client.transactions`: movements of the account balance. */
export interface TransactionsResource {
  /**
   * `GET /transactions/{id}`. `await` gives the transaction; `.withResponse()` gives it with the
   * response (status, headers, request id, attempts, elapsed time). Errors come as the promise's
   * rejection, never thrown at the call.
   * @param transactionId - The transaction's id, `trxn_...` (`trxn_test_...` with a test key).
   * @param options - signal, timeoutMs, maxRetries, deadlineMs for this call.
   * @throws {@link OmiseValidationError} for a malformed id or option, or an id of the other mode
   * than the key's, before any request.
   * @throws {@link OmiseApiError} when Omise answers an error (after the retries, for 429 and most
   * 5xx), as the subclass of its status: {@link OmiseNotFoundError}, {@link OmiseAuthenticationError},
   * {@link OmiseRateLimitError}, {@link OmiseServerError}, ...; or as OmiseApiError itself for another
   * status or a 2xx the client cannot use.
   * @throws {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when the answer is a
   * redirect or larger than maxResponseBytes.
   * @throws {@link OmiseResponseValidationError} with validateResponses, when the body does not match openapi.yaml.
   * @throws {@link OmiseConnectionError} or {@link OmiseTimeoutError} when no answer could be had
   * after the retries, and {@link OmiseAbortError} when `options.signal` aborts.
   */
  retrieve(transactionId: string, options?: RequestOptions): OmisePromise<Transaction>;
  /**
   * One result per id, in the order of the ids, `concurrency` calls at a time (default 4, at most
   * 10): the transaction, or the typed error of that id (a 404 does not end the batch). Every id is
   * checked before any request is sent.
   * @param transactionIds - An array (or another iterable, not a string) of transaction ids.
   * @param options - concurrency, and the options of every call.
   * @throws {@link OmiseValidationError} at the call, for ids that are not an iterable, a malformed
   * id or option, before any request.
   * @throws {@link OmiseAuthenticationError} while iterating, when the key is refused: every id would fail the same way.
   * @throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.
   */
  retrieveMany(transactionIds: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<RetrieveResult>;
}

export function transactionsResource({ client, keyMode, validateResponses, redact }: ResourceContext): TransactionsResource {
  async function retrieve(transactionId: string, signal: AbortSignal | undefined, control: CallOverrides | undefined, record?: AnswerRecord): Promise<Transaction> {
    const result = await client.GET('/transactions/{id}', { params: { path: { id: transactionId } }, parseAs: 'text', signal, ...(control && { [CALL_CONTROL]: control }) });
    if (record) record.answer = result.response as unknown as ReadResponse;
    return answerValue<Transaction>(result, 'Transaction', { path: `/transactions/${transactionId}`, id: transactionId }, validateResponses, redact);
  }

  return {
    retrieve(transactionId, options) {
      return omiseCall(redact, (record) => {
        checkId('retrieveTransaction', 'transactionId', transactionId, keyMode);
        return retrieve(transactionId, options?.signal, checkRequestOptions('retrieve', options), record);
      });
    },
    retrieveMany(transactionIds, options = {}) {
      if (transactionIds === null || typeof transactionIds === 'string' || typeof (transactionIds as Partial<Iterable<string>>)?.[Symbol.iterator] !== 'function') {
        throw new OmiseValidationError('transactionIds', 'transactionIds must be an array (or another iterable) of transaction ids.');
      }
      const limits = checkRequestOptions('retrieveMany', options, ['concurrency']);
      const ids = [...transactionIds];
      ids.forEach((id, i) => {
        checkId('retrieveTransaction', `transactionIds[${i}]`, id, keyMode);
      });
      const concurrency = checkConcurrency(options.concurrency);
      return retrieveEach(ids, (id, control) => retrieve(id, control.signal, { ...limits, onRetry: control.onRetry }), concurrency, options.signal);
    },
  };
}
