// `npm start` as a person runs it: a real process, the built-in mock on a real port, closed at the end.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

it('npm start: the demo lists cards, retrieves a transaction, catches a 404, stops its mock and exits 0', async () => {
  const r = await execa(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { cwd: ROOT, reject: false, timeout: 60_000, env: { OMISE_SECRET_KEY: '' } });
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/against the built-in mock at http:\/\/127\.0\.0\.1:\d+/);
  expect(r.stdout).toMatch(/Visa\s+•••• 4242/);
  expect(r.stdout).toMatch(/3 cards/);
  expect(r.stdout).toMatch(/credit 960\.94 THB/);
  expect(r.stdout).toMatch(/caught OmiseNotFoundError: status 404, code not_found/);
  const port = Number(/127\.0\.0\.1:(\d+)/.exec(r.stdout)?.[1]);
  await expect(fetch(`http://127.0.0.1:${port}/transactions/trxn_test_1`)).rejects.toThrow();
});
