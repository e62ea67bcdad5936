// The client's generated TypeScript, from the model of operation-model.ts:
//   operations.ts    the operation table the generic runtime reads (src/operations/);
//   public-types.ts  the public types: one per schema, the resources' interfaces with their TSDoc,
//                    each operation's params and listAll options, OmiseClient;
//   resources.ts     the resources: each method one line that names its operation.
import { apiErrorClassFor } from '../../src/runtime/errors.js';
import type { JsonObject } from '../spec.js';
import { schemaDeclaration } from './emit-types.js';
import { docComment as doc, firstParagraph } from './text.js';
import { pascal, type ClientModel, type OperationModel, type ResourceModel, type Rule } from './operation-model.js';

export const HEADER = '// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.\n';

// Names the hand-written public API holds; a schema may not take one.
const RESERVED_TYPES = new Set(['OmiseClient', 'OmiseClientOptions', 'RequestOptions', 'RetrieveManyOptions', 'paths']);

/** The public name of a schema's type: `Card`; the error body, `OmiseErrorBody`. */
export function typeName(schema: string): string {
  return schema === 'Error' ? 'OmiseErrorBody' : schema;
}

const sentence = (text: string): string => (text === '' || /[.!?]$/.test(text) ? text : `${text}.`);

/** What a rule allows, in words: "1 to 100, default 20". */
export function ruleText(rule: Rule): string {
  const parts: string[] = [];
  if (Array.isArray(rule.enum)) parts.push(`one of ${(rule.enum as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`);
  if (rule.minimum !== undefined && rule.maximum !== undefined) parts.push(`${rule.minimum} to ${rule.maximum}`);
  else if (rule.minimum !== undefined) parts.push(`at least ${rule.minimum}`);
  if (rule.format === 'date-time') parts.push('an RFC 3339 date-time');
  if (rule.default !== undefined) parts.push(`default ${String(rule.default)}`);
  return parts.join(', ');
}

const RESPONSE_WORDS = 'status, headers, request id, attempts, elapsed time';

function throwsLines(m: OperationModel, bulk = false): string[] {
  const lines: string[] = [];
  if (bulk) {
    lines.push(`@throws {@link OmiseValidationError} at the call, for ${m.bulk!.argument} that are not an iterable, a malformed id or option, or an id of the other mode than the key's, before any request.`);
    lines.push('@throws {@link OmiseAuthenticationError} while iterating, when the key is refused: every id would fail the same way.');
    lines.push('@throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.');
    return lines;
  }
  lines.push("@throws {@link OmiseValidationError} for a malformed id, parameter or option, or an id of the other mode than the key's, before any request.");
  for (const r of m.responses) {
    const status = Number(r.status);
    if (!(status >= 400)) continue;
    const retried = status === 429 || status >= 500 ? ', after the retries' : '';
    lines.push(`@throws {@link ${apiErrorClassFor(status).name}} (${r.status}${retried}) ${sentence(firstParagraph(r.description))}`);
  }
  lines.push('@throws {@link OmiseApiError} for a status openapi.yaml does not declare, or a 2xx the client cannot use.');
  lines.push('@throws {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when the answer is a redirect or larger than maxResponseBytes.');
  lines.push(`@throws {@link OmiseResponseValidationError} with validateResponses, when the ${typeName(m.schema)} does not match openapi.yaml.`);
  lines.push('@throws {@link OmiseConnectionError} or {@link OmiseTimeoutError} when no answer could be had after the retries, and {@link OmiseAbortError} when `options.signal` aborts.');
  return lines;
}

const pathArgsSignature = (m: OperationModel): string => m.pathArguments.map((a) => `${a.argument}: string`).join(', ');
const pathArgsDocs = (m: OperationModel): string[] => m.pathArguments.map((a) => `@param ${a.argument} - ${sentence(firstParagraph(a.description)) || `The ${a.noun}'s id.`}`);

function methodDoc(m: OperationModel): string {
  return [
    `${sentence(m.summary)} \`${m.httpMethod} ${m.path}\`.`,
    ...(m.description ? ['', m.description] : []),
    '',
    `\`await\` gives the ${typeName(m.schema)}; \`.withResponse()\` gives it with the response (${RESPONSE_WORDS}). Errors come as the promise's rejection, never thrown at the call.`,
    ...pathArgsDocs(m),
    ...(m.paramsType ? [`@param params - ${m.query.map((q) => q.name).join(', ')}; see {@link ${m.paramsType}}.`] : []),
    '@param options - signal, timeoutMs, maxRetries, deadlineMs for this call.',
    ...throwsLines(m),
  ].join('\n');
}

function listAllDoc(m: OperationModel): string {
  const list = m.list!;
  return [
    `Every ${list.noun} of \`${m.httpMethod} ${m.path}\` as of the first request, exactly once, in order, \`concurrency\` pages at a time; see {@link ${list.optionsType}}. The arguments are checked when called, before any request.`,
    ...pathArgsDocs(m),
    `@param options - ${m.query.filter((q) => q.name !== 'limit' && q.name !== 'offset').map((q) => `${q.name}, `).join('')}pageSize, concurrency, maxItems, and the options of every call.`,
    '@throws {@link OmiseValidationError} at the call, for a malformed id or option (`limit` and `offset` included: use pageSize and maxItems).',
    "@throws {@link OmisePaginationError} while iterating, when the server contradicts the first page's snapshot.",
    '@throws {@link OmiseAbortError} while iterating, when `options.signal` aborts.',
    `@throws {@link OmiseApiError} (and the other errors of {@link ${pascal(m.resource)}Resource.${m.method}}) while iterating, when a page fails.`,
  ].join('\n');
}

function bulkDoc(m: OperationModel): string {
  const noun = m.pathArguments[0]!.noun;
  return [
    `One result per id, in the order of the ids, \`concurrency\` calls of {@link ${pascal(m.resource)}Resource.${m.method}} at a time (default 4, at most 10): the ${noun}, or the typed error of that id (a 404 does not end the batch). Every id is checked before any request is sent.`,
    `@param ${m.bulk!.argument} - An array (or another iterable, not a string) of ${noun} ids.`,
    '@param options - concurrency, and the options of every call.',
    ...throwsLines(m, true),
  ].join('\n');
}

function resourceInterface(r: ResourceModel): string {
  let out = doc(r.description ? `\`client.${r.name}\`: ${r.description}` : `\`client.${r.name}\`.`);
  out += `export interface ${r.type} {\n`;
  for (const m of r.operations) {
    const args = pathArgsSignature(m);
    const lead = args ? `${args}, ` : '';
    out += doc(methodDoc(m), '  ');
    out += `  ${m.method}(${lead}${m.paramsType ? `params?: ${m.paramsType}, ` : ''}options?: RequestOptions): OmisePromise<${typeName(m.schema)}>;\n`;
    if (m.list) {
      out += doc(listAllDoc(m), '  ');
      out += `  ${m.list.method}(${lead}options?: ${m.list.optionsType}): ${m.list.iteratorType};\n`;
    }
    if (m.bulk) {
      out += doc(bulkDoc(m), '  ');
      out += `  ${m.bulk.method}(${m.bulk.argument}: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<${m.bulk!.resultType}>;\n`;
    }
  }
  return `${out}}\n`;
}

function paramsType(m: OperationModel): string {
  const lines = m.query.map((q) => {
    const rule = ruleText(q.rule);
    return `- \`${q.name}\`${q.rule.required ? ' (required)' : ''}: ${sentence(firstParagraph(q.description)) || 'see openapi.yaml.'}${rule ? ` ${pascal(rule)}.` : ''}`;
  });
  return `${doc([`Query of ${m.resource}.${m.method}, checked against openapi.yaml before sending:`, ...lines].join('\n'))}export type ${m.paramsType} = NonNullable<operations['${m.operationId}']['parameters']['query']>;\n`;
}

function listAllTypes(m: OperationModel, declaredIterators: Set<string>): string {
  const list = m.list!;
  const limit = m.query.find((q) => q.name === 'limit')!.rule;
  const items = `${pascal(list.noun)}s`;
  let out = doc(
    `Options of ${m.resource}.${list.method}: the list's parameters but \`limit\` and \`offset\`, as for one page, and those of every call. The first page fixes the snapshot (the window Omise echoes, and the total); every ${list.noun} that existed then is yielded exactly once.`,
  );
  out += `export interface ${list.optionsType} extends Omit<${m.paramsType}, 'limit' | 'offset'>, RequestOptions {\n`;
  out += doc(`${items} per request, ${String(limit.minimum ?? 1)} to ${String(limit.maximum)}.\n@defaultValue ${String(limit.maximum)}, the API's maximum`, '  ');
  out += '  pageSize?: number | undefined;\n';
  out += doc('Pages requested at once after the first, 1 to 10 (Omise: at most 10 parallel workers). A 429 lowers it.\n@defaultValue 4', '  ');
  out += '  concurrency?: number | undefined;\n';
  out += doc(`Stop after this many ${list.noun}s (the requests under way are cancelled); at least 1.\n@defaultValue every ${list.noun}`, '  ');
  out += '  maxItems?: number | undefined;\n}\n';
  if (!declaredIterators.has(list.iteratorType)) {
    declaredIterators.add(list.iteratorType);
    out += `\n${doc(`What a listAll method over ${list.item} returns: an async iterable of ${list.noun}s (\`for await\`) that knows, once the first page has come, how many the snapshot holds. Each \`for await\` reads the list anew.`)}`;
    out += `export interface ${list.iteratorType} extends AsyncIterable<${typeName(list.item)}> {\n${doc("The snapshot's total, once the first page has come; undefined before.", '  ')}  readonly total: number | undefined;\n}\n`;
  }
  return out;
}

/** The public types of the client, with their documentation. */
export function publicTypesSource(doc_: JsonObject, model: ClientModel): string {
  const schemas = ((doc_.components as JsonObject).schemas ?? {}) as JsonObject;
  const parts: string[] = [];
  // Every exported name is one thing: a schema and an operation's type may not share one.
  const declared = new Map<string, string>();
  const claim = (name: string, what: string): void => {
    const taken = declared.get(name);
    if (taken !== undefined && taken !== what) throw new Error(`openapi.yaml: the type ${name} would be both ${taken} and ${what}. Fix: rename the schema, or give the operation another x-omise-method`);
    declared.set(name, what);
  };
  for (const name of Object.keys(schemas)) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`openapi.yaml, components.schemas.${name}: a schema name that is not an identifier. Fix: name it in PascalCase, e.g. CardSummary`);
    claim(typeName(name), `the schema ${name}`);
  }
  for (const m of model.operations) {
    const what = `a type of ${m.resource}.${m.method}`;
    if (m.paramsType) claim(m.paramsType, what);
    if (m.list) {
      claim(m.list.optionsType, what);
      claim(m.list.iteratorType, `the iterator of ${m.list.item}`);
    }
    if (m.bulk) claim(m.bulk!.resultType, what);
  }
  for (const r of model.resources) claim(r.type, `the resource ${r.name}`);
  for (const [name, schema] of Object.entries(schemas)) {
    const type = typeName(name);
    if (RESERVED_TYPES.has(type) || (type !== 'OmiseErrorBody' && type.startsWith('Omise'))) {
      throw new Error(`openapi.yaml, components.schemas.${name}: the name is the client's own (Omise..., or one of ${[...RESERVED_TYPES].join(', ')}). Fix: rename the schema`);
    }
    parts.push(schemaDeclaration(name, schema, type, typeName));
  }
  const iterators = new Set<string>();
  for (const m of model.operations) {
    if (m.paramsType) parts.push(paramsType(m));
    if (m.list) parts.push(listAllTypes(m, iterators));
  }
  for (const m of model.operations.filter((o) => o.bulk)) {
    const name = m.bulk!.resultType;
    parts.push(
      `${doc(
        `One id's outcome in ${m.resource}.${m.bulk!.method}: \`{ id, ok: true, ${m.bulk!.key} }\`, or \`{ id, ok: false, error }\` with the typed error of its call (an OmiseNotFoundError, an OmiseServerError after the retries, ...). Check \`ok\` to tell them apart.`,
      )}export type ${name} = { id: string; ok: true; ${m.bulk!.key}: ${typeName(m.schema)} } | { id: string; ok: false; error: OmiseError };\n`,
    );
  }
  for (const r of model.resources) parts.push(resourceInterface(r));
  let client = doc('A client for the Omise API, made by {@link createOmiseClient}.');
  client += 'export interface OmiseClient {\n';
  for (const r of model.resources) client += `${doc(r.description || `The ${r.name} operations.`, '  ')}  ${r.name}: ${r.type};\n`;
  client += `${doc(
    [
      'The typed openapi-fetch client, with the same auth, retries, deadlines and limits. Unlike the',
      'resources, it checks no ids or parameters before sending, and an error status comes back as',
      "openapi-fetch's `{ error, response }` rather than thrown.",
      '@throws Its calls reject with {@link OmiseConnectionError}, {@link OmiseTimeoutError},',
      '{@link OmiseAbortError}, {@link OmiseRedirectError} or {@link OmiseResponseTooLargeError} when no',
      'usable answer could be had, and with {@link OmiseConfigurationError} when a call names another baseUrl.',
    ].join('\n'),
    '  ',
  )}  raw: Client<paths>;\n`;
  client += `${doc(
    [
      'Waits for the calls under way, then closes the sockets the client opened (the default Node',
      'transport\'s). Optional: idle sockets never keep a process alive. A transport passed in as an',
      'option is left to its owner. The client stays usable: a later call opens new sockets.',
      '@throws Nothing in practice: it rejects only if closing the client\'s own transport fails; the',
      'calls under way keep their own outcomes.',
    ].join('\n'),
    '  ',
  )}  close(): Promise<void>;\n}\n`;
  parts.push(client);
  const usesBulk = model.operations.some((o) => o.bulk);
  return `${HEADER}import type { Client } from 'openapi-fetch';
import type { OmisePromise } from '../src/runtime/api-promise.js';
${usesBulk ? "import type { OmiseError } from '../src/runtime/errors.js';\n" : ''}import type { RequestOptions${usesBulk ? ', RetrieveManyOptions' : ''} } from '../src/operations/call-options.js';
import type { ${model.operations.some((m) => m.paramsType) ? 'operations, ' : ''}paths as SpecPaths } from './schema.js';

${doc(`The operations of openapi.yaml by path, as openapi-typescript writes them: the type parameter of openapi-fetch's \`Client\`, as in {@link OmiseClient.raw}. Only ${[...new Set(model.operations.map((m) => `\`${m.path}\``))].join(', ')}.`)}export type paths = SpecPaths;

${parts.join('\n')}`;
}

/** The operation table the generic runtime reads (src/operations/table.ts has its shape). */
export function operationTableSource(model: ClientModel): string {
  const table = Object.fromEntries(
    model.operations.map((m) => [
      m.operationId,
      {
        id: m.operationId,
        resource: m.resource,
        method: m.method,
        path: m.path,
        pathArguments: m.pathArguments.map(({ name, argument, noun, rule }) => ({ name, argument, noun, rule })),
        query: Object.fromEntries(m.query.map((q) => [q.name, q.rule])),
        schema: m.schema,
        ...(m.list && { list: { method: m.list.method, item: m.list.item, noun: m.list.noun } }),
        ...(m.bulk && { byId: { many: m.bulk.method, argument: m.bulk.argument, key: m.bulk.key } }),
      },
    ]),
  );
  return `${HEADER}import type { OperationTable } from '../src/operations/table.js';

export const operations = ${JSON.stringify(table, null, 2)} as const satisfies OperationTable;

/**
 * The same table, as the generic code reads it: by any operationId.
 * @alias operations, typed for lookups by name
 */
export const operationTable: OperationTable = operations;
`;
}

/** The resources: each method one line naming its operation, over the generic runtime. */
export function resourcesSource(model: ClientModel): string {
  const typeImports = new Set<string>(['OmiseClient']);
  const bodies = model.resources.map((r) => {
    const methods: string[] = [];
    for (const m of r.operations) {
      const args = m.pathArguments.map((a) => a.argument);
      const op = `operations.${m.operationId}`;
      typeImports.add(typeName(m.schema));
      methods.push(`      ${m.method}: (${[...args, ...(m.paramsType ? ['params'] : []), 'options'].join(', ')}) => callOperation<${typeName(m.schema)}>(context, ${op}, [${args.join(', ')}], ${m.paramsType ? 'params' : 'undefined'}, options),`);
      if (m.list) {
        typeImports.add(typeName(m.list.item));
        methods.push(`      ${m.list.method}: (${[...args, 'options'].join(', ')}) => listAll<${typeName(m.list.item)}>(context, ${op}, [${args.join(', ')}], options),`);
      }
      if (m.bulk) {
        const result = m.bulk!.resultType;
        typeImports.add(result);
        methods.push(`      ${m.bulk.method}: (${m.bulk.argument}, options) => retrieveMany<${result}>(context, ${op}, ${m.bulk.argument}, options),`);
      }
    }
    return `    ${r.name}: {\n${methods.join('\n')}\n    },`;
  });
  const runtime = ['callOperation', ...(model.operations.some((m) => m.list) ? ['listAll'] : []), ...(model.operations.some((m) => m.bulk) ? ['retrieveMany'] : [])];
  return `${HEADER}import { ${runtime.join(', ')} } from '../src/operations/call.js';
import type { OperationContext } from '../src/operations/context.js';
import { operations } from './operations.js';
import type { ${[...typeImports].sort().join(', ')} } from './public-types.js';

/** The client's resources, each method over the operation it names. */
export function createResources(context: OperationContext): Omit<OmiseClient, 'raw' | 'close'> {
  return {
${bodies.join('\n')}
  };
}
`;
}
