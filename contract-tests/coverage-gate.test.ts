// Runs last (see vitest.config.ts): every (method, path, status) openapi.yaml documents must have been
// answered by Prism to some contract test in this run. Prints one line; the table of counts when
// something is missing, or with REPORT=full.
import { expect, it } from 'vitest';
import { FULL_REPORT } from '../test/support/report-mode.js';
import { documentedTriples, recorded, type Triple } from './support/coverage.js';

it('every documented (method, path, status) was exercised', () => {
  const key = (t: Triple): string => `${t.method} ${t.path} ${t.status}`;
  const hits = new Map<string, number>();
  for (const t of recorded()) hits.set(key(t), (hits.get(key(t)) ?? 0) + 1);
  const documented = documentedTriples();
  const missing = documented.filter((t) => !hits.has(key(t))).map(key);
  const summary = `Contract coverage: ${documented.length - missing.length}/${documented.length} documented (method, path, status) exercised`;
  if (FULL_REPORT || missing.length > 0) {
    const rows = documented.map((t) => `  ${key(t).padEnd(40)} ${String(hits.get(key(t)) ?? 0).padStart(5)}`);
    console.log(`${summary}\n${rows.join('\n')}${missing.length > 0 ? `\nnever answered: ${missing.join(', ')}` : ''}`);
  } else {
    console.log(`${summary} (REPORT=full prints the counts).`);
  }
  expect(documented.length).toBeGreaterThanOrEqual(11);
  expect(missing).toEqual([]);
});
