// Memory is the point here, so each hostile answer is read by a child process whose resident memory
// is sampled around the one call: whatever the server sends, the client stops near maxResponseBytes
// (8 MiB by default) instead of growing by the size of the answer.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionAsked } from '../support/fixtures.js';
import { gzipBomb, streamBody } from '../support/hostile.js';
import { startServer, type Handler, type LoopbackServer } from '../support/loopback-server.js';
import { report } from './support/report.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MiB = 1024 * 1024;
// The cap, the buffers that hold it while it is decoded, and the allocator's slack; far from the
// hundreds of MB an uncapped client grows by.
const ALLOWED_GROWTH = 64 * MiB;

const hostile: Record<string, Handler> = {
  trxn_test_fivehundredmb: streamBody(500 * MiB),
  trxn_test_endless: streamBody('endless'),
  trxn_test_gzipbomb: gzipBomb(300),
};

const rows: string[] = [];
let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer((req, res, i) => {
    const id = req.url?.split('/').pop() ?? '';
    return (hostile[id] ?? transactionAsked)(req, res, i);
  });
});
afterAll(async () => {
  await server.close();
  report({
    title: 'memory',
    summary: `${rows.length} memory probes`,
    lines: [
      'Each hostile answer read by a child process (default maxResponseBytes, 8 MiB); resident memory sampled every 2 ms around the one call.',
      '',
      '| transport | answer | outcome | peak RSS growth |',
      '|---|---|---|---:|',
      ...rows,
    ],
  });
});

async function probe(transport: string, id: string, maxResponseBytes?: number): Promise<{ growthMb: number; outcome: string }> {
  const args = ['--expose-gc', '--import', 'tsx', 'test/support/memory-probe.ts', transport, server.url, id];
  if (maxResponseBytes !== undefined) args.push(String(maxResponseBytes));
  // A safety net against a probe that never ends; the test's own limit is above it.
  const r = await execa(process.execPath, args, { cwd: ROOT, timeout: 120_000 });
  const { baseline, peak, outcome } = JSON.parse(r.stdout) as { baseline: number; peak: number; outcome: string };
  return { growthMb: (peak - baseline) / MiB, outcome };
}

describe.each(['fetch', 'node'])('memory on the %s transport', (transport) => {
  it.each([
    ['a 500 MB body without Content-Length', 'trxn_test_fivehundredmb'],
    ['an endless chunked body', 'trxn_test_endless'],
    ['a 300 KB gzip body that unpacks to 300 MiB', 'trxn_test_gzipbomb'],
  ])('%s: stopped at the cap, memory grows by less than 64 MB', async (name, id) => {
    const { growthMb, outcome } = await probe(transport, id);
    rows.push(`| ${transport} | ${name} | ${outcome} | ${growthMb.toFixed(1)} MB |`);
    expect(outcome).toBe('OmiseResponseTooLargeError');
    expect(growthMb * MiB).toBeLessThan(ALLOWED_GROWTH);
  });
});

it('the probe sees growth where there is some: with a 256 MiB cap, the 500 MB body costs more than 64 MB', async () => {
  const { growthMb, outcome } = await probe('node', 'trxn_test_fivehundredmb', 256 * MiB);
  rows.push(`| node, maxResponseBytes 256 MiB (control) | a 500 MB body without Content-Length | ${outcome} | ${growthMb.toFixed(1)} MB |`);
  expect(outcome).toBe('OmiseResponseTooLargeError');
  expect(growthMb * MiB).toBeGreaterThan(ALLOWED_GROWTH);
});
