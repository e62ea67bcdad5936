// How a benchmark figure is taken: calls completed with N calls in flight for a short slice of time,
// summed over slices that are interleaved with the other rows' in a new (seeded) random order each pass;
// and the statistics over rounds (median and spread). Plain loops, no framework: every row is
// measured the same way, in the same process.

export type Call = () => Promise<unknown>;

export interface Tally {
  calls: number;
  ms: number;
}

/** Calls completed, keeping `inFlight` calls going for `ms` milliseconds (and the time it took). */
export async function slice(call: Call, inFlight: number, ms: number): Promise<Tally> {
  let calls = 0;
  const started = performance.now();
  const end = started + ms;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) {
        await call();
        calls++;
      }
    }),
  );
  return { calls, ms: performance.now() - started };
}

/**
 * A seeded random order of `items` for each pass, where no item follows itself: the item that ended
 * the last pass does not start the next one (an item run twice in a row runs warm). The fixed seed
 * makes two runs on a quiet machine take the same order.
 */
export function passOrders<T>(items: readonly T[], seed = 20_191_129): () => T[] {
  // mulberry32: 32-bit integer arithmetic (Math.imul), so the sequence does not repeat early the way
  // a multiplication past 2^53 in doubles does.
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  let last: T | undefined;
  return () => {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (order[0] === last && order.length > 1) [order[0], order[1]] = [order[1]!, order[0]!];
    last = order.at(-1);
    return order;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "min–max" of a series, rounded. */
export function spread(values: readonly number[]): string {
  return `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
}
