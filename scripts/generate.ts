// Derives everything in generated/ from openapi.yaml: the TypeScript types (openapi-typescript), the
// parameter rules checked before a request is sent, and precompiled ajv validators for response bodies.
// `npm run generate` writes generated/; check-generated.ts runs the same function into a temp folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { formats } from '../src/formats.js';
import { SPEC_PATH, isObject, loadSpec, operations, resolveRef, type JsonObject } from './spec.js';

const HEADER = '// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.\n';

// The schemas whose bodies the client can validate at run time, and the export name of each.
export const RESPONSE_VALIDATORS = {
  validateCardList: 'CardList',
  validateCard: 'Card',
  validateTransaction: 'Transaction',
  validateError: 'Error',
} as const;

// Only the keywords validation before send understands; anything else in a parameter schema would be
// silently ignored, so generation refuses it instead.
const RULE_KEYS = ['type', 'pattern', 'minimum', 'maximum', 'enum', 'const', 'format', 'default'] as const;

function parameterRule(doc: JsonObject, schemaNode: unknown, where: string): JsonObject {
  const schema = resolveRef(doc, schemaNode);
  if (!isObject(schema)) throw new Error(`${where}: parameter without a schema`);
  const rule: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((RULE_KEYS as readonly string[]).includes(key)) rule[key] = value;
    else if (!['description', 'examples', 'title'].includes(key)) {
      throw new Error(`${where}: keyword "${key}" is not understood by validation before send`);
    }
  }
  return rule;
}

export function requestRules(doc: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const { path, method, operationId, operation } of operations(doc)) {
    const params: JsonObject = { path: {}, query: {} };
    for (const p of (operation.parameters ?? []) as unknown[]) {
      const param = resolveRef(doc, p);
      if (!isObject(param)) continue;
      const location = String(param.in);
      if (location !== 'path' && location !== 'query') continue;
      const name = String(param.name);
      (params[location] as JsonObject)[name] = {
        ...parameterRule(doc, param.schema, `${operationId} ${name}`),
        required: param.required === true,
      };
    }
    out[operationId] = { method: method.toUpperCase(), route: path, params };
  }
  return out;
}

// Ajv copies the schemas into the generated code; prose and examples only add bytes there.
const ANNOTATIONS = new Set(['description', 'examples', 'summary', 'title']);

function stripAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(ANNOTATIONS.has(key) && typeof value !== 'object') && key !== 'examples')
      .map(([key, value]) => [key, stripAnnotations(value)]),
  );
}

export function responseValidatorsSource(doc: JsonObject): string {
  const schemas = stripAnnotations((doc.components as JsonObject).schemas ?? {}) as JsonObject;
  const ajv = new Ajv2020({
    // Strict mode turns what it finds into errors; the one warning left is ajv deprecating `unicode`.
    logger: {
      log: console.log,
      warn: (message: unknown) => {
        if (!String(message).includes('option unicode')) throw new Error(String(message));
      },
      error: console.error,
    },
    strict: true,
    // Plain `.length` for minLength: the runtime would otherwise import ajv's ucs2length helper.
    unicode: false,
    // Refer to the shared format functions by name instead of inlining ajv-formats' require().
    formats,
    code: { source: true, esm: true, lines: true, formats: _`formats` },
  });
  ajv.addVocabulary(['components', 'example', 'discriminator', 'xml', 'externalDocs']);
  ajv.addSchema({ $id: 'openapi', components: { schemas } });
  const refs = Object.fromEntries(
    Object.entries(RESPONSE_VALIDATORS).map(([name, schema]) => [name, `openapi#/components/schemas/${schema}`]),
  );
  // CommonJS under NodeNext: the function sits on `.default`.
  const code = standaloneModule.default(ajv, refs);
  if (/\brequire\(/.test(code)) throw new Error('standalone validators must not require() anything');
  return `${HEADER}// @ts-nocheck\nimport { formats } from "../src/formats.js";\n${code}\n`;
}

function responseValidatorsTypes(): string {
  const lines = Object.entries(RESPONSE_VALIDATORS).map(
    ([name, schema]) => `export declare const ${name}: ValidateFunction<components['schemas']['${schema}']>;`,
  );
  return `${HEADER}import type { components } from './schema.js';

export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
}

export interface ValidateFunction<T> {
  (data: unknown): data is T;
  errors?: ValidationIssue[] | null;
}

${lines.join('\n')}
`;
}

// Field names of the response objects in the spec's order: the CLI's CSV columns come from here.
function responseFieldsSource(doc: JsonObject): string {
  const schemas = (doc.components as JsonObject).schemas as JsonObject;
  const fields = Object.fromEntries(
    ['Card', 'Transaction'].map((name) => [name, Object.keys(((schemas[name] as JsonObject).properties ?? {}) as JsonObject)]),
  );
  return `${HEADER}export const responseFields = ${JSON.stringify(fields, null, 2)} as const;\n`;
}

// Where each response schema holds integers, as paths of property names ('*': every item of an
// array). JSON numbers beyond 2^53 - 1 lose digits when parsed, so the client checks these on every
// answer (src/outcome.ts): an amount that cannot be represented is refused, never rounded.
function integerPaths(doc: JsonObject, node: unknown, path: string[], out: string[][], depth = 0): string[][] {
  if (depth > 16) throw new Error(`integer paths: schema nesting deeper than 16 at ${path.join('.')}`);
  const schema = resolveRef(doc, node);
  if (!isObject(schema)) return out;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer')) out.push(path);
  for (const [name, property] of Object.entries((schema.properties ?? {}) as JsonObject)) integerPaths(doc, property, [...path, name], out, depth + 1);
  if (schema.items !== undefined) integerPaths(doc, schema.items, [...path, '*'], out, depth + 1);
  return out;
}

function responseIntegersSource(doc: JsonObject): string {
  const schemas = (doc.components as JsonObject).schemas as JsonObject;
  const out = Object.fromEntries(Object.keys(schemas).map((name) => [name, integerPaths(doc, schemas[name], [], [])]).filter(([, paths]) => (paths as string[][]).length > 0));
  return `${HEADER}export const responseIntegers: Readonly<Record<string, readonly (readonly string[])[]>> = ${JSON.stringify(out)};\n`;
}

// Every answer each operation declares: its status, the schema of its JSON body (null: no body) and
// its named examples. The mock engine answers from here and checks its answers against it.
function responsesSource(doc: JsonObject): string {
  const out: JsonObject = {};
  for (const { operationId, operation } of operations(doc)) {
    const statuses: JsonObject = {};
    for (const [status, node] of Object.entries((operation.responses ?? {}) as JsonObject)) {
      const response = resolveRef(doc, node) as JsonObject;
      const json = ((response.content ?? {}) as JsonObject)['application/json'] as JsonObject | undefined;
      const ref = json && isObject(json.schema) ? json.schema.$ref : undefined;
      if (json && typeof ref !== 'string') throw new Error(`${operationId} ${status}: a body schema must be a $ref to a named schema`);
      const examples = Object.fromEntries(
        Object.entries((json?.examples ?? {}) as JsonObject).map(([name, example]) => [name, (resolveRef(doc, example) as JsonObject).value]),
      );
      statuses[status] = { schema: typeof ref === 'string' ? ref.split('/').pop() : null, examples };
    }
    out[operationId] = statuses;
  }
  return `${HEADER}import type { ResponseTable } from '../src/testing/response-table.js';

export const responses: ResponseTable = ${JSON.stringify(out, null, 2)};
`;
}

export async function generate(outDir: string, specPath: string = SPEC_PATH): Promise<string[]> {
  const doc = loadSpec(specPath);
  const files: Record<string, string> = {
    'schema.d.ts': HEADER + astToString(await openapiTS(pathToFileURL(specPath))),
    'request-rules.ts': `${HEADER}export const requestRules = ${JSON.stringify(requestRules(doc), null, 2)} as const;\n`,
    'response-fields.ts': responseFieldsSource(doc),
    'response-integers.ts': responseIntegersSource(doc),
    'response-validators.js': responseValidatorsSource(doc),
    'response-validators.d.ts': responseValidatorsTypes(),
    'responses.ts': responsesSource(doc),
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return Object.keys(files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = new URL('../generated/', import.meta.url).pathname;
  const written = await generate(out);
  console.log(`generated/ written from openapi.yaml: ${written.join(', ')}`);
}
