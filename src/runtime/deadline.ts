// How an attempt's deadline is timed, chosen by the entry point as the transport is (src/client.ts,
// src/client.node.ts): a timer per deadline in browsers and edge runtimes, one shared timer on Node.
// On Node a timer set and cleared for every call cost 1.6-2.4 % of a loopback call on global fetch
// (bench:compare against the same build with no timer at all: with one call at a time, each call made
// and dropped one of Node's timer lists), where the shared timer measured 1.001-1.015 x no timer.
// Browsers keep the smaller code: the shared timer would take 250 B of the core bundle's budget.
import { MAX_TIMER_MS } from './retry-policy.js';

/**
 * Starts a deadline: `expire` runs once in `ms` milliseconds (never synchronously), unless the stop
 * function returned is called first.
 */
export type StartDeadline = (ms: number, expire: () => void) => () => void;

/** A timer of its own for each deadline. */
export const timerPerDeadline: StartDeadline = (ms, expire) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

/**
 * One timer for every pending deadline, armed for the earliest and left armed when deadlines end
 * early: when it fires it ends what is due and arms itself for the next. It holds the process only
 * while some deadline is pending, as a timer per deadline does.
 */
export const sharedTimer: StartDeadline = (ms, expire) => new Deadline(expire, ms).stop;

// Pending deadlines in no order; each knows its index, so that stopping one is a swap with the last.
const pending: Deadline[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let armedFor = Infinity;
// `i` of a deadline taken off the list by fire() whose expire has not run yet: stop() still cancels it.
const DUE = -2;

/** A deadline on the shared timer. */
class Deadline {
  /** performance.now() at which it passes (monotonic: a change of the system clock moves nothing). */
  readonly at: number;
  /** Its place in `pending`; DUE while fire() is about to run it; -1 when stopped or passed. */
  i: number;

  constructor(
    readonly expire: () => void,
    ms: number,
  ) {
    this.at = performance.now() + ms;
    this.i = pending.push(this) - 1;
    if (this.at < armedFor) arm(this.at);
    // The timer is armed for an earlier deadline, that one stopped since: it must hold the process again.
    else if (this.i === 0) hold(true);
  }

  /** Harmless when it already passed or was stopped (an arrow: it is handed out on its own). */
  readonly stop = (): void => {
    const { i } = this;
    this.i = -1;
    if (i < 0) return;
    const moved = pending.pop()!;
    if (moved !== this) {
      pending[i] = moved;
      moved.i = i;
    }
    // The timer stays armed (the next call will likely want it) but holds the process no longer.
    if (!pending.length) hold(false);
  };
}

// Node's and Bun's timers can stop holding the process; a browser's timer is a number.
function hold(on: boolean): void {
  if (typeof timer === 'object') timer[on ? 'ref' : 'unref']?.();
}

function arm(at: number): void {
  clearTimeout(timer);
  armedFor = at;
  // Node may fire a timer early against performance.now(): fire() then arms it again for the rest.
  // Longer than setTimeout's ceiling, a timer would fire at once.
  timer = setTimeout(fire, Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(at - performance.now()))));
}

function fire(): void {
  timer = undefined;
  armedFor = Infinity;
  const now = performance.now();
  const due = pending.filter((d) => d.at <= now);
  for (const d of due) {
    d.stop();
    d.i = DUE;
  }
  let next = Infinity;
  for (const d of pending) next = Math.min(next, d.at);
  if (next < Infinity) arm(next);
  // After the list is whole: what a deadline does when it passes may start or stop others, also
  // one due in this same round, which then does not run.
  for (const d of due) {
    if (d.i !== DUE) continue;
    d.i = -1;
    try {
      d.expire();
    } catch (error) {
      // Thrown as a timer of its own would throw it, after the others due have run: one deadline's
      // failure must not leave the others' attempts hanging.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
