// Runs tasks with a bounded number in flight and hands their outcomes back in the order the tasks
// came, whatever order they finish in: the engine of listAllCards' parallel pages and of
// retrieveMany. At most `concurrency` outcomes are held at once, so memory is bounded by the window,
// not by the number of tasks. Leaving early (break, an error, the caller's signal) aborts the tasks
// under way and waits for them to settle: nothing is left pending.
import type { RetryInfo } from '../runtime/observe.js';
import { abortError } from '../runtime/errors.js';
import { sleep } from '../runtime/sleep.js';

export type Task<T> = (signal: AbortSignal) => Promise<T>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** How many tasks may run, lowered for the rest of the run when the API answers 429. */
export class Throttle {
  /** No task starts before this performance.now() (monotonic, so a step of the wall clock changes no pause): the API's Retry-After. */
  resumeAt = 0;
  constructor(public concurrency: number) {}

  /** The per-call retry listener: a 429 halves the concurrency (down to 1) and pauses new tasks. */
  readonly onRetry = (info: RetryInfo): void => {
    if (info.status !== 429) return;
    this.concurrency = Math.max(1, Math.ceil(this.concurrency / 2));
    this.resumeAt = Math.max(this.resumeAt, performance.now() + info.delayMs);
  };
}

export async function* inOrder<T>(tasks: Iterator<Task<T>>, throttle: Throttle, signal?: AbortSignal): AsyncGenerator<Outcome<T>, void, undefined> {
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const running: Array<Promise<Outcome<T>>> = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && running.length < throttle.concurrency) {
        const next = tasks.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const wait = throttle.resumeAt - performance.now();
        if (wait > 0) await sleep(wait, controller.signal).catch(() => undefined);
        if (signal?.aborted) throw abortError(signal.reason);
        running.push(next.value(controller.signal).then(
          (value): Outcome<T> => ({ ok: true, value }),
          (error: unknown): Outcome<T> => ({ ok: false, error }),
        ));
      }
      const head = running.shift();
      if (!head) return;
      const outcome = await head;
      // Nothing more is handed out once the caller has aborted, not even what already came.
      if (signal?.aborted) throw abortError(signal.reason);
      yield outcome;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort(new Error('the iteration ended'));
    await Promise.all(running);
  }
}
