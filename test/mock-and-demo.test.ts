// `npm run mock` and `npm start` as a person runs them: real processes, real ports, Ctrl-C.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import getPort from 'get-port';
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

it('npm run mock: listens where told, answers like Omise, and Ctrl-C stops Prism too', async () => {
  const port = await getPort({ host: '127.0.0.1' });
  const child = execa(process.execPath, ['--import', 'tsx', 'scripts/mock.ts'], {
    cwd: ROOT,
    reject: false,
    env: { PORT: String(port) },
    timeout: 60_000,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    let banner = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString();
    });
    for (let i = 0; i < 100 && !banner.includes('Ctrl-C to stop'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(banner).toContain(`listening on ${base}`);
    expect(banner).toContain('Prefer: code=404');
    expect(banner).toContain('Prefer: example=jcb');
    const auth = { authorization: `Basic ${btoa('skey_test_5fz0oluu2v7vk6cnsqx:')}` };
    const jcb = await fetch(`${base}/customers/cust_test_5fz0olfpy32zadv96ek/cards`, { headers: { ...auth, prefer: 'example=jcb' } });
    expect(((await jcb.json()) as { data: Array<{ brand: string }> }).data[0]?.brand).toBe('JCB');
    const missing = await fetch(`${base}/transactions/trxn_test_5fz0ol7mmqw6cj8h5xq`, { headers: { ...auth, prefer: 'code=404' } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ object: 'error', code: 'not_found' });
    const noAuth = await fetch(`${base}/transactions/trxn_test_5fz0ol7mmqw6cj8h5xq`);
    expect(noAuth.status).toBe(401);
  } finally {
    child.kill('SIGINT');
  }
  const result = await child;
  expect(result.exitCode).toBe(0);
  await expect(fetch(`${base}/transactions/trxn_test_1`)).rejects.toThrow();
});
