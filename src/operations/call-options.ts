// The options every generated method takes, written once for all of them.

/** Options of one call, over the client's for that call only. */
export interface RequestOptions {
  /**
   * Aborts the call at once, also during a backoff wait: OmiseAbortError, with the signal's reason as `cause`.
   * @defaultValue none
   */
  signal?: AbortSignal | undefined;
  /**
   * Deadline of one attempt, headers and body, in ms; 1 to 2 147 483 647.
   * @defaultValue the client's timeoutMs (60 000 unless set)
   */
  timeoutMs?: number | undefined;
  /**
   * Retries after the first attempt, 0 to 10.
   * @defaultValue the client's maxRetries (2 unless set)
   */
  maxRetries?: number | undefined;
  /**
   * Deadline of the whole call in ms: attempts, waits and reading (for a listAll iterator, of each page); 1 to 2 147 483 647.
   * @defaultValue the client's deadlineMs (none unless set)
   */
  deadlineMs?: number | undefined;
}

/** Options of a batch of retrieves (transactions.retrieveMany): those of every call, and how many run at once. */
export interface RetrieveManyOptions extends RequestOptions {
  /**
   * Calls at once, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it.
   * @defaultValue 4
   */
  concurrency?: number | undefined;
}
