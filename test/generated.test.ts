// generated/ is derived from openapi.yaml and nothing else: a changed spec makes it stale, and the
// response validators need no code generation at run time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../scripts/generate.js';
import { SPEC_PATH } from '../scripts/spec.js';

const dir = mkdtempSync(join(tmpdir(), 'omise-generated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const committed = (name: string): string => readFileSync(new URL(`../generated/${name}`, import.meta.url), 'utf8');

it('the committed generated/ is exactly what openapi.yaml produces', async () => {
  const names = await generate(join(dir, 'same'));
  for (const name of names) expect(readFileSync(join(dir, 'same', name), 'utf8'), name).toBe(committed(name));
});

it('changing one field type in the spec changes the generated types and validators (check:generated would fail)', async () => {
  const spec = readFileSync(SPEC_PATH, 'utf8');
  const changed = spec.replace(/(\n {8}deleted:\n {10}type: )boolean/, '$1string');
  expect(changed).not.toBe(spec);
  const specCopy = join(dir, 'openapi.yaml');
  writeFileSync(specCopy, changed);
  await generate(join(dir, 'changed'), specCopy);
  expect(readFileSync(join(dir, 'changed', 'schema.d.ts'), 'utf8')).not.toBe(committed('schema.d.ts'));
  expect(readFileSync(join(dir, 'changed', 'response-validators.js'), 'utf8')).not.toBe(committed('response-validators.js'));
});

it('the precompiled validators use no eval, no Function constructor and no ajv at run time', () => {
  const source = committed('response-validators.js');
  expect(source).not.toMatch(/\bnew Function\b|\bFunction\(|\beval\(/);
  expect(source).not.toMatch(/\brequire\(|from ["']ajv/);
  const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
  expect(imports).toEqual(['../src/formats.js']);
});
