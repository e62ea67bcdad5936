// generated/ is derived from openapi.yaml and nothing else: a changed spec makes it stale, and the
// response validators need no code generation at run time. Whether the committed generated/ is stale
// is checked once, by `npm run check:generated` (part of `npm test`); here, that the check notices.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { staleness } from '../scripts/check-generated.js';
import { SPEC_PATH, loadSpec, type JsonObject } from '../scripts/spec.js';

const dir = mkdtempSync(join(tmpdir(), 'omise-generated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const committed = (name: string): string => readFileSync(new URL(`../generated/${name}`, import.meta.url), 'utf8');

it('changing one field type in the spec makes check:generated report the types and the validators stale', async () => {
  const spec = readFileSync(SPEC_PATH, 'utf8');
  const changed = spec.replace(/(\n {8}deleted:\n(?: {10}description: [^\n]+\n)? {10}type: )boolean/, '$1string');
  expect(changed).not.toBe(spec);
  const specCopy = join(dir, 'openapi.yaml');
  writeFileSync(specCopy, changed);
  const { problems } = await staleness(undefined, specCopy);
  expect(problems).toEqual(
    expect.arrayContaining(['generated/schema.d.ts differs from what openapi.yaml produces', 'generated/response-validators.js differs from what openapi.yaml produces']),
  );
});

it('the precompiled validators use no eval, no Function constructor and no ajv at run time', () => {
  const source = committed('response-validators.js');
  expect(source).not.toMatch(/\bnew Function\b|\bFunction\(|\beval\(/);
  expect(source).not.toMatch(/\brequire\(|from ["']ajv/);
  const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
  expect(imports).toEqual(['../src/runtime/formats.js']);
});

it('openapi.yaml describes every schema and every property: each is the documentation of a public type or field', () => {
  const schemas = ((loadSpec().components as JsonObject).schemas ?? {}) as JsonObject;
  const undescribed: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (typeof (schema as JsonObject).description !== 'string') undescribed.push(name);
    for (const [property, node] of Object.entries(((schema as JsonObject).properties ?? {}) as JsonObject)) {
      if (typeof (node as JsonObject).description !== 'string') undescribed.push(`${name}.${property}`);
    }
  }
  expect(Object.keys(schemas).length).toBeGreaterThan(3);
  expect(undescribed).toEqual([]);
  // Named types with summaries, not lookups into openapi-typescript's tree with @description tags.
  const types = committed('public-types.ts');
  expect(types).toMatch(/export interface Card \{/);
  expect(types).toMatch(/data: Card\[\];/);
  expect(types).not.toMatch(/@description|@enum|components\['schemas'\]/);
});
