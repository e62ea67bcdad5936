// The one timer behind every attempt's deadline (src/deadline.ts): each deadline passes once, in its
// own time whatever was started before it, never after stop(), and the timer holds the process only
// while a deadline is pending. Real timers; the assertions are on order and on lower bounds, which a
// slow machine cannot break.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { Deadline } from '../src/deadline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function deadline(ms: number): { deadline: Deadline; passed: Promise<number>; count: () => number } {
  const started = performance.now();
  let calls = 0;
  let resolve!: (elapsed: number) => void;
  const passed = new Promise<number>((r) => (resolve = r));
  const d = new Deadline(() => {
    calls++;
    resolve(performance.now() - started);
  });
  d.start(ms);
  return { deadline: d, passed, count: () => calls };
}

describe('Deadline: one timer for every pending deadline', () => {
  it('passes once, not before its time', async () => {
    const d = deadline(30);
    // Node's timers may run up to a millisecond early against performance.now(); the deadline re-arms.
    expect(await d.passed).toBeGreaterThanOrEqual(30);
    await later(50);
    expect(d.count()).toBe(1);
  });

  it('never passes after stop(), and stop() twice or after it passed is harmless', async () => {
    const stopped = deadline(10);
    stopped.deadline.stop();
    stopped.deadline.stop();
    const witness = deadline(40);
    await witness.passed;
    expect(stopped.count()).toBe(0);
    witness.deadline.stop();
    expect(witness.count()).toBe(1);
  });

  it('a shorter deadline started after a longer one passes first (the timer is armed again for it)', async () => {
    const long = deadline(60_000);
    const short = deadline(20);
    await short.passed;
    expect(long.count()).toBe(0);
    long.deadline.stop();
  });

  it('deadlines stopped while others stay pending leave those on time, each passing once', async () => {
    const all = Array.from({ length: 50 }, (_, i) => deadline(10 + (i % 5) * 5));
    for (const [i, d] of all.entries()) if (i % 2) d.deadline.stop();
    await Promise.all(all.filter((_, i) => i % 2 === 0).map((d) => d.passed));
    await later(40);
    expect(all.map((d) => d.count())).toEqual(all.map((_, i) => (i % 2 ? 0 : 1)));
  });

  it('what a passing deadline does may start and stop others', async () => {
    let restarted: ReturnType<typeof deadline> | undefined;
    const other = deadline(60_000);
    const first = new Deadline(() => {
      other.deadline.stop();
      restarted = deadline(10);
    });
    first.start(10);
    await later(30);
    await restarted!.passed;
    expect(other.count()).toBe(0);
  });

  it('holds the process while a deadline is pending, and lets it exit when none is', async () => {
    // The short one passes at 100 ms and stops the long one, for which the timer is then armed.
    const script = `
      import { Deadline } from './src/deadline.ts';
      const long = new Deadline(() => console.log('the stopped one passed'));
      new Deadline(() => {
        console.log('passed');
        long.stop();
      }).start(100);
      long.start(60_000);
      const started = performance.now();
      process.on('exit', () => console.log(Math.round(performance.now() - started)));`;
    const r = await execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, timeout: 120_000 });
    const [line, livedMs] = r.stdout.trim().split('\n');
    // Held until the short one passed; then the timer, still armed for the stopped one, held nothing.
    expect(line).toBe('passed');
    expect(Number(livedMs)).toBeGreaterThanOrEqual(99);
    expect(Number(livedMs)).toBeLessThan(30_000);
  });
});
