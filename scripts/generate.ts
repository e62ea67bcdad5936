// Derives everything in generated/ from openapi.yaml: the TypeScript types (openapi-typescript), the
// operation table and the resources over it (scripts/generate/), precompiled ajv validators for every
// schema, the CLI's commands, the mock's answers, and docs/api.md. `npm run generate` writes them;
// check-generated.ts runs the same function into a temporary folder.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { formats } from '../src/runtime/formats.js';
import { SPEC_PATH, isObject, loadSpec, operations, resolveRef, type JsonObject } from './spec.js';
import { apiReferenceSource } from './generate/api-reference.js';
import { cliCommandsSource } from './generate/cli-commands.js';
import { HEADER, operationTableSource, publicTypesSource, resourcesSource } from './generate/emit-client.js';
import { clientModel } from './generate/operation-model.js';

/** The export name of a schema's validator: `validateCardList`. */
export const validatorName = (schema: string): string => `validate${schema.replace(/[^A-Za-z0-9_$]/g, '_')}`;

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
  // One validator for every schema: none is left out by a list kept by hand.
  const names = Object.keys(schemas);
  const refs = Object.fromEntries(names.map((name) => [validatorName(name), `openapi#/components/schemas/${name}`]));
  // CommonJS under NodeNext: the function sits on `.default`.
  const code = standaloneModule.default(ajv, refs);
  if (/\brequire\(/.test(code)) throw new Error('standalone validators must not require() anything');
  const byName = names.map((name) => `  ${JSON.stringify(name)}: ${validatorName(name)},`).join('\n');
  return `${HEADER}// @ts-nocheck\nimport { formats } from "../src/runtime/formats.js";\n${code}\n/** Each schema's validator, by the schema's name. */\nexport const validators = {\n${byName}\n};\n`;
}

function responseValidatorsTypes(doc: JsonObject): string {
  const names = Object.keys(((doc.components as JsonObject).schemas ?? {}) as JsonObject);
  const lines = names.map((name) => `export declare const ${validatorName(name)}: ValidateFunction<components['schemas']['${name}']>;`);
  lines.push(`export declare const validators: {\n${names.map((name) => `  ${JSON.stringify(name)}: ValidateFunction<components['schemas']['${name}']>;`).join('\n')}\n};`);
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

// Field names of every object schema in the spec's order: the CLI's CSV columns come from here.
function responseFieldsSource(doc: JsonObject): string {
  const schemas = (doc.components as JsonObject).schemas as JsonObject;
  const fields = Object.fromEntries(
    Object.entries(schemas)
      .filter(([, schema]) => isObject(schema) && isObject(schema.properties))
      .map(([name, schema]) => [name, Object.keys((schema as JsonObject).properties as JsonObject)]),
  );
  return `${HEADER}export const responseFields = ${JSON.stringify(fields, null, 2)} as const;\n`;
}

// Where each response schema holds integers, as paths of property names ('*': every item of an
// array). JSON numbers beyond 2^53 - 1 lose digits when parsed, so the client checks these on every
// answer (src/operations/answer.ts): an amount that cannot be represented is refused, never rounded.
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

// The package's version, sent in User-Agent: package.json's, beside the spec (the repository's for a
// spec elsewhere, as the tests' copies are).
function versionSource(specPath: string): string {
  const beside = join(dirname(specPath), 'package.json');
  const path = existsSync(beside) ? beside : fileURLToPath(new URL('../package.json', import.meta.url));
  const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  return `${HEADER}/** The package's version (package.json's), sent in User-Agent. */\nexport const VERSION = ${JSON.stringify(version)};\n`;
}

/**
 * The package follows the spec's semantics (CHANGELOG.md): when info.version's major or minor is
 * ahead of package.json's, package.json (and its lock) take the spec's version. A package ahead of the
 * spec keeps its own (a release of the client alone). Returns what changed, for the log.
 */
export function followSpecVersion(specPath: string = SPEC_PATH): string | undefined {
  const spec = String((loadSpec(specPath).info as JsonObject).version);
  const root = dirname(specPath);
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const [pMajor = 0, pMinor = 0] = pkg.version.split('.').map(Number);
  const [sMajor = 0, sMinor = 0] = spec.split('.').map(Number);
  if (pMajor > sMajor || (pMajor === sMajor && pMinor >= sMinor)) return undefined;
  const before = pkg.version;
  writeFileSync(pkgPath, readFileSync(pkgPath, 'utf8').replace(`"version": ${JSON.stringify(before)}`, `"version": ${JSON.stringify(spec)}`));
  // The lock holds the root package's version twice; npm writes it as two-space JSON.
  const lockPath = join(root, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
    lock.version = spec;
    if (lock.packages?.['']) lock.packages[''].version = spec;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  }
  return `package.json ${before} -> ${spec}, following openapi.yaml's info.version`;
}

/** The files of generated/ by name, and docs/api.md, from the spec at `specPath`. */
export async function generatedFiles(specPath: string = SPEC_PATH): Promise<{ generated: Record<string, string>; apiReference: string }> {
  const doc = loadSpec(specPath);
  const model = clientModel(doc);
  const generated: Record<string, string> = {
    'version.ts': versionSource(specPath),
    'schema.d.ts': HEADER + astToString(await openapiTS(pathToFileURL(specPath))),
    'operations.ts': operationTableSource(model),
    'public-types.ts': publicTypesSource(doc, model),
    'resources.ts': resourcesSource(model),
    'cli-commands.ts': cliCommandsSource(model),
    'response-fields.ts': responseFieldsSource(doc),
    'response-integers.ts': responseIntegersSource(doc),
    'response-validators.js': responseValidatorsSource(doc),
    'response-validators.d.ts': responseValidatorsTypes(doc),
    'responses.ts': responsesSource(doc),
  };
  return { generated, apiReference: apiReferenceSource(doc, model) };
}

export const API_REFERENCE = 'docs/api.md';

/** Writes generated/ into `outDir` and the API reference to `apiReferencePath`; returns generated/'s file names. */
export async function generate(outDir: string, specPath: string = SPEC_PATH, apiReferencePath?: string): Promise<string[]> {
  const { generated, apiReference } = await generatedFiles(specPath);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(generated)) writeFileSync(join(outDir, name), text);
  if (apiReferencePath) {
    mkdirSync(dirname(apiReferencePath), { recursive: true });
    writeFileSync(apiReferencePath, apiReference);
  }
  return Object.keys(generated);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = fileURLToPath(new URL('../generated/', import.meta.url));
  try {
    const followed = followSpecVersion();
    if (followed) console.log(followed);
    const written = await generate(out, SPEC_PATH, fileURLToPath(new URL(`../${API_REFERENCE}`, import.meta.url)));
    console.log(`generated/ written from openapi.yaml: ${written.join(', ')}; and ${API_REFERENCE}.`);
  } catch (error) {
    // The spec's own mistakes are told as one line that names the operation and the fix.
    console.error(`npm run generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
