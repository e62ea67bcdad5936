// The contract cases of a spec, derived from the spec alone: every (operation, status) it declares,
// with the request that asks for it (`Prefer: example=<name>` or `code=<status>`, as Prism and our
// mock both take it) and the schema its body must match. A new operation is covered here with no test
// written; contract-tests/every-operation.test.ts runs them, and test/generality.test.ts runs them on
// a spec with operations the product does not ship.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { operationTable } from '../../generated/operations.js';
import type { OmiseClient, RequestOptions } from '../../src/index.js';
import { isObject, loadSpec, operations, resolveRef, SPEC_PATH, type JsonObject } from '../../scripts/spec.js';
import { schemaValidator, specAjv } from '../../scripts/spec-ajv.js';

export interface ContractCase {
  operationId: string;
  /** `x-omise-method`, split: the client method that sends it. */
  resource: string;
  method: string;
  status: number;
  /** The example answered, by name (none: the status's first), and its body (none: no body). */
  example?: string;
  body?: unknown;
  /** The path arguments, in the order of the path (the client method's arguments). */
  ids: string[];
  /** The path sent. */
  path: string;
  /** The Prefer header that asks for this answer. */
  prefer: string;
  /** The schema of the body; null: none (429). */
  schema: string | null;
}

const refName = (node: unknown): string | null => (isObject(node) && typeof node.$ref === 'string' ? node.$ref.split('/').pop()! : null);

// The ids an example is the answer for: its location read against the path template, or its own id.
function idsOf(path: string, names: string[], example: unknown): string[] | undefined {
  if (!isObject(example)) return undefined;
  if (typeof example.location === 'string') {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    const match = pattern.exec(example.location);
    if (match) return match.slice(1);
  }
  if (names.length === 1 && path.endsWith(`{${names[0]}}`) && typeof example.id === 'string') return [example.id];
  return undefined;
}

const filled = (path: string, names: string[], ids: string[]): string => names.reduce((out, name, i) => out.replace(`{${name}}`, encodeURIComponent(ids[i]!)), path);

/** Every (operation, status) of the spec at `specPath`, each example of a 200 apart. */
export function contractCases(specPath: string = SPEC_PATH): ContractCase[] {
  const doc = loadSpec(specPath);
  return operations(doc).flatMap(({ path, operationId, operation }) => {
    const [resource = '', method = ''] = String(operation['x-omise-method'] ?? '').split('.');
    const names = ((operation.parameters ?? []) as unknown[])
      .map((p) => resolveRef(doc, p) as JsonObject)
      .filter((p) => p.in === 'path')
      .map((p) => String(p.name))
      .sort((a, b) => path.indexOf(`{${a}}`) - path.indexOf(`{${b}}`));
    const responses = resolveRef(doc, operation.responses) as JsonObject;
    const bodyOf = (status: string): { schema: string | null; examples: JsonObject } => {
      const json = ((resolveRef(doc, responses[status]) as JsonObject).content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      const examples = Object.fromEntries(Object.entries((json?.examples ?? {}) as JsonObject).map(([name, node]) => [name, (resolveRef(doc, node) as JsonObject).value]));
      return { schema: json ? refName(json.schema) : null, examples };
    };
    const ok = bodyOf('200');
    const examples = Object.entries(ok.examples);
    // The ids every error case asks with: the first example's.
    const base = examples.map(([, value]) => idsOf(path, names, value)).find((ids) => ids !== undefined);
    if (!base) throw new Error(`${operationId}: no 200 example names its ids (a location under ${path}, or an id): add one, so that the contract tests can ask for it`);
    const common = { operationId, resource, method };
    const cases: ContractCase[] = examples.map(([name, value]) => {
      const ids = idsOf(path, names, value) ?? base;
      return { ...common, status: 200, example: name, body: value, ids, path: filled(path, names, ids), prefer: `example=${name}`, schema: ok.schema };
    });
    for (const status of Object.keys(responses).filter((s) => s !== '200')) {
      const { schema, examples: named } = bodyOf(status);
      const at = { ...common, status: Number(status), ids: base, path: filled(path, names, base), schema };
      const entries = Object.entries(named);
      // The first example is what `code=<status>` alone answers; every other is asked for by its name.
      cases.push({ ...at, prefer: `code=${status}`, ...(entries[0] && { body: entries[0][1] }) });
      for (const [name, value] of entries.slice(1)) cases.push({ ...at, example: name, body: value, prefer: `code=${status}, example=${name}` });
    }
    return cases;
  });
}

/** A validator of each named schema of the spec, compiled by ajv from the spec itself. */
export function specValidators(specPath: string = SPEC_PATH): (schema: string) => ValidateFunction {
  const ajv = specAjv(loadSpec(specPath));
  return (schema) => schemaValidator(ajv, schema);
}

/** The client method of a case (`omise.customers.listCards`), with its ids, an empty query where it takes one, and `options`. */
export function clientCall(c: ContractCase, options: RequestOptions = {}): (omise: OmiseClient) => Promise<unknown> {
  const operation = operationTable[c.operationId];
  if (!operation) throw new Error(`${c.operationId} is not in generated/operations.ts: run npm run generate`);
  const params = Object.keys(operation.query).length > 0 ? [{}] : [];
  return (omise) => {
    const resource = (omise as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>)[c.resource]!;
    return resource[c.method]!(...c.ids, ...params, options);
  };
}
