// The Prism launcher leaves no process behind, including when Prism cannot start.
import { expect, it } from 'vitest';
import { startPrism } from '../contract-tests/support/prism.js';
import { alive } from './support/processes.js';

it('stop() ends the Prism process', async () => {
  const prism = await startPrism();
  expect(prism.pid).toBeTypeOf('number');
  expect(alive(prism.pid!)).toBe(true);
  const res = await fetch(`${prism.url}/transactions/trxn_test_1`);
  expect(res.status).toBe(401);
  await prism.stop();
  expect(alive(prism.pid!)).toBe(false);
});

it('a spec Prism cannot load fails with Prism\'s words and leaves nothing running', async () => {
  await expect(startPrism({ specPath: '/nonexistent/openapi.yaml' })).rejects.toThrow(/Prism did not start/);
});
