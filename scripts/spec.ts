// Reads openapi.yaml for the build scripts and the tests, so that every consumer parses it one way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const SPEC_PATH = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

export type JsonObject = { [key: string]: unknown };

export function loadSpec(path: string = SPEC_PATH): JsonObject {
  return parse(readFileSync(path, 'utf8')) as JsonObject;
}

// Follows local `#/...` references only: the spec is a single file by design.
export function resolveRef(doc: JsonObject, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 32; hops++) {
    if (!isObject(current) || typeof current.$ref !== 'string') return current;
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local $ref is supported, got ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((acc, key) => (isObject(acc) ? acc[key] : undefined), doc);
    if (current === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  throw new Error('$ref chain too deep');
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface SpecOperation {
  path: string;
  method: string;
  operationId: string;
  operation: JsonObject;
}

export function operations(doc: JsonObject): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) out.push({ path, method, operationId: String(operation.operationId), operation });
    }
  }
  return out;
}
