// Runs last (see vitest.config.ts): every (method, path, status) openapi.yaml documents must have been
// answered by Prism to some contract test in this run.
import { expect, it } from 'vitest';
import { documentedTriples, recorded, type Triple } from './support/coverage.js';

it('every documented (method, path, status) was exercised', () => {
  const key = (t: Triple): string => `${t.method} ${t.path} ${t.status}`;
  const hits = new Map<string, number>();
  for (const t of recorded()) hits.set(key(t), (hits.get(key(t)) ?? 0) + 1);
  const documented = documentedTriples();
  const rows = documented.map((t) => `  ${key(t).padEnd(40)} ${String(hits.get(key(t)) ?? 0).padStart(5)}`);
  const covered = documented.filter((t) => hits.has(key(t))).length;
  console.log(`Contract coverage: ${covered}/${documented.length} (method, path, status) exercised\n${rows.join('\n')}`);
  expect(documented.length).toBeGreaterThanOrEqual(11);
  expect(documented.filter((t) => !hits.has(key(t))).map(key)).toEqual([]);
});
