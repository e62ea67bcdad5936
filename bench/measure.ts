// How a benchmark figure is taken: calls completed per second with N calls in flight, for a fixed
// time; and the statistics over rounds (median and spread). Plain loops, no framework: every row is
// measured the same way, interleaved with the others in the same process.

export type Call = () => Promise<unknown>;

/** Calls per second, keeping `inFlight` calls going for `ms` milliseconds. */
export async function opsPerSecond(call: Call, inFlight: number, ms: number): Promise<number> {
  let done = 0;
  const started = performance.now();
  const end = started + ms;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return (done / (performance.now() - started)) * 1000;
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
