// How attempts' deadlines are timed (src/runtime/deadline.ts), both ways the entry points choose from: each
// deadline passes once, in its own time whatever was started before it, never after it was stopped,
// and holds the process only while it is pending. Real timers; the assertions are on order and on
// lower bounds, which a slow machine cannot break.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { sharedTimer, timerPerDeadline, type StartDeadline } from '../src/runtime/deadline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Keeps the thread busy for `ms`, so that timers due meanwhile run together. */
function busy(ms: number): void {
  for (const until = performance.now() + ms; performance.now() < until; );
}

describe.each([
  { name: 'sharedTimer (Node)', start: sharedTimer, exported: 'sharedTimer' },
  { name: 'timerPerDeadline (browsers, edge runtimes)', start: timerPerDeadline, exported: 'timerPerDeadline' },
])('$name', ({ start, exported }: { start: StartDeadline; exported: string }) => {
  function deadline(ms: number): { stop: () => void; passed: Promise<number>; count: () => number } {
    const started = performance.now();
    let calls = 0;
    let resolve!: (elapsed: number) => void;
    const passed = new Promise<number>((r) => (resolve = r));
    const stop = start(ms, () => {
      calls++;
      resolve(performance.now() - started);
    });
    return { stop, passed, count: () => calls };
  }

  it('passes once, not before its time', async () => {
    const d = deadline(30);
    // Node may fire a timer up to a millisecond early against performance.now().
    expect(await d.passed).toBeGreaterThanOrEqual(29);
    await later(50);
    expect(d.count()).toBe(1);
  });

  it('never passes once stopped; stopping twice, or after it passed, is harmless', async () => {
    const stopped = deadline(10);
    stopped.stop();
    stopped.stop();
    const witness = deadline(40);
    await witness.passed;
    expect(stopped.count()).toBe(0);
    witness.stop();
    expect(witness.count()).toBe(1);
  });

  it('a shorter deadline started after a longer one passes first', async () => {
    const long = deadline(60_000);
    const short = deadline(20);
    await short.passed;
    expect(long.count()).toBe(0);
    long.stop();
  });

  it('deadlines stopped among pending ones leave those on time, each passing once', async () => {
    const all = Array.from({ length: 50 }, (_, i) => deadline(10 + (i % 5) * 5));
    for (const [i, d] of all.entries()) if (i % 2) d.stop();
    await Promise.all(all.filter((_, i) => i % 2 === 0).map((d) => d.passed));
    await later(40);
    expect(all.map((d) => d.count())).toEqual(all.map((_, i) => (i % 2 ? 0 : 1)));
  });

  it('what a passing deadline does may stop and start others, also one due at the same time', async () => {
    let restarted: ReturnType<typeof deadline> | undefined;
    const far = deadline(60_000);
    start(5, () => {
      near.stop();
      far.stop();
      restarted = deadline(10);
    });
    const near = deadline(6);
    // Both are due by the time the timers run: the first must still be able to stop the second.
    busy(20);
    await later(30);
    await restarted!.passed;
    expect(near.count()).toBe(0);
    expect(far.count()).toBe(0);
  });

  // Each script runs in a child process; it says what passed, and how long the process lived.
  async function run(script: string): Promise<{ lines: string[]; livedMs: number }> {
    const source = `
      import { ${exported} as start } from './src/runtime/deadline.ts';
      const started = performance.now();
      process.on('exit', () => console.log(Math.round(performance.now() - started)));
      ${script}`;
    const r = await execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { cwd: ROOT });
    const lines = r.stdout.trim().split('\n');
    return { lines: lines.slice(0, -1), livedMs: Number(lines.at(-1)) };
  }

  it('holds the process while a deadline is pending, and lets it exit when none is', async () => {
    // The short one passes at 100 ms and stops the long one (for which the shared timer is then armed).
    const stopped = await run(`
      const stopLong = start(60_000, () => console.log('the stopped one passed'));
      start(100, () => {
        console.log('passed');
        stopLong();
      });`);
    expect(stopped.lines).toEqual(['passed']);
    expect(stopped.livedMs).toBeGreaterThanOrEqual(99);
    // Held by nothing once the long one was stopped: far less than its 60 s.
    expect(stopped.livedMs).toBeLessThan(30_000);
    // A timer left armed for a deadline stopped at once holds the process again for the next one,
    // also when that one is due later.
    const again = await run(`
      start(50, () => console.log('the stopped one passed'))();
      start(200, () => console.log('passed'));`);
    expect(again.lines).toEqual(['passed']);
    expect(again.livedMs).toBeGreaterThanOrEqual(199);
  });

  it('one that throws does not keep the others due from passing', async () => {
    const { lines } = await run(`
      process.on('uncaughtException', (error) => console.log('thrown: ' + error.message));
      start(5, () => {
        throw new Error('boom');
      });
      start(6, () => console.log('passed'));
      for (const until = performance.now() + 20; performance.now() < until; );`);
    expect(lines.sort()).toEqual(['passed', 'thrown: boom']);
  });
});
