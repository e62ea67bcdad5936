// generated/ is derived from openapi.yaml and nothing else: a changed spec makes it stale, and the
// response validators need no code generation at run time. Whether the committed generated/ is stale
// is checked once, by `npm run check:generated` (part of `npm test`); here, that the check notices.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleness } from '../scripts/check-generated.js';
import { generatedFiles } from '../scripts/generate.js';
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

it('every public type and field has a summary: the spec\'s description, or a line saying it has none', () => {
  const schemas = ((loadSpec().components as JsonObject).schemas ?? {}) as JsonObject;
  const types = committed('public-types.ts');
  // Named types with summaries, not lookups into openapi-typescript's tree with @description tags.
  expect(types).toMatch(/export interface Card \{/);
  expect(types).toMatch(/data: Card\[\];/);
  expect(types).not.toMatch(/@description|@enum|components\['schemas'\]/);
  let fields = 0;
  for (const [name, schema] of Object.entries(schemas)) {
    for (const property of Object.keys(((schema as JsonObject).properties ?? {}) as JsonObject)) {
      fields++;
      // The field's line is right after its comment's end.
      expect(types, `${name}.${property}`).toMatch(new RegExp(`\\*/\\n {2}${property}\\??: `));
    }
  }
  expect(fields).toBeGreaterThan(40);
  // Said, not failed: a field the spec does not describe yet (an operation added in a hurry).
  const undescribed = [...types.matchAll(/`(\w+)`, which openapi\.yaml does not describe yet/g)].map((m) => m[1]);
  if (undescribed.length > 0) console.log(`openapi.yaml leaves ${undescribed.length} fields undescribed: ${undescribed.join(', ')}`);
});

describe('generation refuses a spec it cannot place, naming the operation and the fix', () => {
  const refusal = async (edit: (spec: string) => string): Promise<string> => {
    const spec = readFileSync(SPEC_PATH, 'utf8');
    const changed = edit(spec);
    expect(changed).not.toBe(spec);
    const specCopy = join(dir, 'refused.yaml');
    writeFileSync(specCopy, changed);
    return generatedFiles(specCopy).then(
      () => 'generated',
      (error: unknown) => (error as Error).message,
    );
  };

  it('an operation without x-omise-method', async () => {
    const message = await refusal((spec) => spec.replace(/\n {6}x-omise-method: transactions\.retrieve\n {6}x-omise-batch-result: RetrieveResult/, ''));
    expect(message).toMatch(/^openapi\.yaml, GET \/transactions\/\{id\} \(operationId retrieveTransaction\): no x-omise-method\. Fix: add x-omise-method: <resource>\.<method>/);
  });

  it('two operations with one method', async () => {
    const message = await refusal((spec) => spec.replace('x-omise-method: transactions.retrieve', 'x-omise-method: customers.listCards'));
    expect(message).toMatch(/the method customers\.listCards is also GET \/customers\/\{id\}\/cards .*'s\. Fix: give one of the two operations another x-omise-method/);
  });

  it('a method that collides with one generated beside another (listCards paginates: listAllCards is taken)', async () => {
    const message = await refusal((spec) => spec.replace('x-omise-method: transactions.retrieve', 'x-omise-method: customers.listAllCards'));
    expect(message).toMatch(/GET \/transactions\/\{id\}.*the method customers\.listAllCards is also .*Fix:|GET \/customers\/\{id\}\/cards.*the method customers\.listAllCards is also .*Fix:/);
  });

  it('an operationId that is not an identifier', async () => {
    const message = await refusal((spec) => spec.replace('operationId: retrieveTransaction', 'operationId: retrieve-transaction'));
    expect(message).toMatch(/operationId "retrieve-transaction" is not an identifier\. Fix:/);
  });

  it("a path's placeholder without its parameter", async () => {
    const message = await refusal((spec) => spec.replace('  /transactions/{id}:', '  /transactions/{id}/{part}:'));
    expect(message).toMatch(/the path's placeholders \(id, part\) are not its path parameters \(id\)\. Fix:/);
  });

  it('pagination on an operation that is not an Omise list', async () => {
    const message = await refusal((spec) => spec.replace('      x-omise-method: transactions.retrieve\n', '      x-omise-method: transactions.retrieve\n      x-omise-pagination: offset\n'));
    expect(message).toMatch(/retrieveTransaction\): x-omise-pagination on method retrieve\. Fix: name the method list/);
  });
});

it("a path parameter declared on the path item applies to its operations, as OpenAPI says", async () => {
  const spec = readFileSync(SPEC_PATH, 'utf8');
  const param = "        - name: id\n          in: path\n          required: true\n          description: The transaction's id. Test-mode ids contain `_test_`.\n          schema:\n            $ref: '#/components/schemas/TransactionId'\n";
  expect(spec).toContain(param);
  const moved = spec.replace(param, '').replace('  /transactions/{id}:\n    get:\n', `  /transactions/{id}:\n    parameters:\n${param.replaceAll('\n        ', '\n      ').replace(/^ {8}/, '      ')}    get:\n`);
  const specCopy = join(dir, 'path-item.yaml');
  writeFileSync(specCopy, moved);
  const { generated } = await generatedFiles(specCopy);
  expect(generated['operations.ts']).toBe(committed('operations.ts'));
});
