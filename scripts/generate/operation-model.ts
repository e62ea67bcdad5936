// What each operation of openapi.yaml becomes on the client, derived once here and used by every
// emitter (the operation table, the resource types, the CLI's commands, docs/api.md). Every name the
// generated code will declare is decided here, and a missing, duplicate or colliding one is refused
// with one message that names the operation and the fix.
import { isObject, operations, resolveRef, type JsonObject } from '../spec.js';

/** A parameter rule as validation before send reads it (src/operations/request-check.ts). */
export type Rule = JsonObject & { type: string; required: boolean };

interface PathArgument {
  /** The name in the path template, `id` in `/customers/{id}/cards`. */
  name: string;
  /** The method's argument: `customerId` (the singular of the segment before `{id}`, then `Id`). */
  argument: string;
  /** What the segment names, for messages: `customer`. */
  noun: string;
  description: string;
  rule: Rule;
}

interface QueryParameter {
  name: string;
  description: string;
  rule: Rule;
}

interface DeclaredResponse {
  status: string;
  /** The named schema of its JSON body; null: no body. */
  schema: string | null;
  description: string;
}

export interface OperationModel {
  operationId: string;
  /** `customers` of `x-omise-method: customers.listCards`. */
  resource: string;
  /** `listCards`. */
  method: string;
  httpMethod: string;
  path: string;
  summary: string;
  description: string;
  /** The operation's first tag; '' without one. */
  tag: string;
  pathArguments: PathArgument[];
  query: QueryParameter[];
  /** The named schema of the 200 answer. */
  schema: string;
  responses: DeclaredResponse[];
  /** The type of `params`, when the operation has a query: `ListCardsParams`. */
  paramsType: string | undefined;
  /** x-omise-pagination: offset. */
  list: { item: string; noun: string; method: string; optionsType: string; iteratorType: string } | undefined;
  /** A GET of one object by id: the batch method beside it. */
  bulk: { method: string; argument: string; key: string; resultType: string } | undefined;
}

export interface ResourceModel {
  name: string;
  /** `CustomersResource`. */
  type: string;
  /** The tag's description, when the operations share a tag that has one. */
  description: string;
  operations: OperationModel[];
}

export interface ClientModel {
  operations: OperationModel[];
  resources: ResourceModel[];
}

const METHOD_NAME = /^[a-z][A-Za-z0-9]*$/;
// What OmiseClient holds beside its resources.
const RESERVED_RESOURCES = new Set(['raw', 'close', 'then', 'constructor', 'prototype', '__proto__']);

export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const camel = (name: string): string => name.replace(/[-_]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());

/** customers -> customer, categories -> category, addresses -> address. */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|x|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

class SpecError extends Error {}

function refuse(where: string, problem: string, fix: string): never {
  throw new SpecError(`openapi.yaml, ${where}: ${problem}. Fix: ${fix}`);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

// Only the keywords validation before send understands; anything else in a parameter schema would be
// silently ignored, so generation refuses it instead.
const RULE_KEYS = ['type', 'pattern', 'minimum', 'maximum', 'enum', 'const', 'format', 'default'] as const;

function parameterRule(doc: JsonObject, schemaNode: unknown, required: boolean, where: string): Rule {
  const schema = resolveRef(doc, schemaNode);
  if (!isObject(schema)) refuse(where, 'the parameter has no schema', 'give it a schema');
  const rule: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((RULE_KEYS as readonly string[]).includes(key)) rule[key] = value;
    else if (!['description', 'examples', 'title'].includes(key)) {
      refuse(where, `keyword "${key}" is not understood by validation before send`, `use only ${RULE_KEYS.join(', ')}`);
    }
  }
  if (rule.type !== 'string' && rule.type !== 'integer') refuse(where, `a parameter of type ${JSON.stringify(rule.type)}`, 'parameters are strings or integers');
  return { ...rule, type: rule.type, required };
}

const refName = (node: unknown): string | undefined => (isObject(node) && typeof node.$ref === 'string' ? node.$ref.split('/').pop() : undefined);

function schemaOf(doc: JsonObject, name: string): JsonObject {
  const schemas = (doc.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  const schema = schemas?.[name];
  if (!isObject(schema)) throw new SpecError(`openapi.yaml: no schema ${name} in components.schemas`);
  return schema;
}

function responsesOf(doc: JsonObject, operation: JsonObject, where: string): DeclaredResponse[] {
  return Object.entries((operation.responses ?? {}) as JsonObject).map(([status, node]) => {
    const response = resolveRef(doc, node) as JsonObject;
    const json = ((response.content ?? {}) as JsonObject)['application/json'] as JsonObject | undefined;
    const schema = json ? refName(json.schema) : null;
    if (json && schema === undefined) refuse(`${where} ${status}`, 'a body schema is not a $ref to a named schema', 'name it under components.schemas and $ref it');
    return { status, schema: schema ?? null, description: text(response.description) };
  });
}

// An offset-paginated list as the generic iterator reads it: a page with data, total and the window it
// answered, items with an id and a creation time, and a query that takes limit and offset.
function listOf(doc: JsonObject, model: OperationModel, where: string): NonNullable<OperationModel['list']> {
  const fix = 'x-omise-pagination: offset is for Omise lists ({ object: list, data, limit, offset, total, order, from, to }, items with id and created_at); remove it otherwise';
  if (!model.method.startsWith('list')) refuse(where, `x-omise-pagination on method ${model.method}`, `name the method list..., e.g. ${model.resource}.list`);
  const page = schemaOf(doc, model.schema);
  const properties = (page.properties ?? {}) as JsonObject;
  const required = (page.required ?? []) as string[];
  for (const field of ['data', 'total', 'from', 'to']) if (!required.includes(field)) refuse(where, `the ${model.schema} page does not require ${field}`, fix);
  const item = refName(isObject(properties.data) ? properties.data.items : undefined);
  if (!item) refuse(where, `${model.schema}.data is not an array of a named schema`, fix);
  const itemRequired = (schemaOf(doc, item).required ?? []) as string[];
  for (const field of ['id', 'created_at']) if (!itemRequired.includes(field)) refuse(where, `the list's item ${item} does not require ${field}`, fix);
  for (const name of ['limit', 'offset']) {
    const param = model.query.find((p) => p.name === name);
    if (param?.rule.type !== 'integer') refuse(where, `the query has no integer ${name}`, fix);
  }
  // The iterator asks every later page for the window the first one answered.
  for (const name of ['from', 'to']) {
    const param = model.query.find((p) => p.name === name);
    if (param?.rule.format !== 'date-time') refuse(where, `the query has no date-time ${name}`, fix);
  }
  const listAll = `listAll${model.method.slice('list'.length)}`;
  return { item, noun: item.replace(/[A-Z]/g, (c, at: number) => (at ? ' ' : '') + c.toLowerCase()), method: listAll === 'listAll' ? 'listAll' : listAll, optionsType: `${pascal(listAll)}Options`, iteratorType: `${item}Iterator` };
}

// A GET of one object by its id (`/things/{id}`, no query, an answer with an id): retrieved in batches too.
function bulkOf(doc: JsonObject, model: OperationModel): OperationModel['bulk'] {
  const last = model.pathArguments.at(-1);
  if (model.httpMethod !== 'GET' || model.pathArguments.length !== 1 || !last || !model.path.endsWith(`/{${last.name}}`) || model.query.length > 0) return undefined;
  const properties = (schemaOf(doc, model.schema).properties ?? {}) as JsonObject;
  if (!isObject(properties.id)) return undefined;
  return {
    method: `${model.method}Many`,
    argument: `${last.argument}s`,
    key: model.schema.charAt(0).toLowerCase() + model.schema.slice(1),
    resultType: `${model.schema === 'Error' ? 'OmiseErrorBody' : model.schema}RetrieveResult`,
  };
}

function modelOf(doc: JsonObject, op: ReturnType<typeof operations>[number]): OperationModel {
  const where = `${op.method.toUpperCase()} ${op.path} (operationId ${op.operationId})`;
  const placed = op.operation['x-omise-method'];
  if (placed === undefined) refuse(where, 'no x-omise-method', `add x-omise-method: <resource>.<method> to the operation, e.g. x-omise-method: ${op.path.split('/')[1] || 'things'}.retrieve`);
  const [resource, method, ...rest] = typeof placed === 'string' ? placed.split('.') : [];
  if (!resource || !method || rest.length > 0 || !METHOD_NAME.test(resource) || !METHOD_NAME.test(method)) {
    refuse(where, `x-omise-method ${JSON.stringify(placed)} is not <resource>.<method>`, 'write it as two camelCase names joined by a dot, e.g. customers.listCards');
  }
  if (RESERVED_RESOURCES.has(resource)) refuse(where, `the resource name ${resource} is taken by the client itself`, 'choose another resource name');
  if (op.method !== 'get') refuse(where, `a ${op.method.toUpperCase()} operation`, 'the generic runtime sends GET requests only; describe a GET');

  if (!/^[A-Za-z_$][\w$]*$/.test(op.operationId)) refuse(where, `operationId ${JSON.stringify(op.operationId)} is not an identifier`, 'write it in camelCase, e.g. retrieveTransaction');
  const pathArguments: PathArgument[] = [];
  const query: QueryParameter[] = [];
  // The path item's parameters apply to each of its operations, unless the operation declares one of
  // the same name and place.
  const own = ((op.operation.parameters ?? []) as unknown[]).map((node) => resolveRef(doc, node)).filter(isObject);
  const item = ((doc.paths as JsonObject)[op.path] ?? {}) as JsonObject;
  const shared = ((item.parameters ?? []) as unknown[]).map((node) => resolveRef(doc, node)).filter(isObject);
  const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
  for (const node of parameters) {
    const param = resolveRef(doc, node);
    if (!isObject(param)) continue;
    const name = String(param.name);
    const at = `${where}, parameter ${name}`;
    if (param.in === 'path') {
      const segments = op.path.split('/');
      const before = segments[segments.indexOf(`{${name}}`) - 1] ?? '';
      const noun = singular(camel(before));
      const argument = name === 'id' && noun ? `${noun}Id` : camel(name);
      pathArguments.push({ name, argument, noun: noun || name, description: text(param.description), rule: parameterRule(doc, param.schema, true, at) });
    } else if (param.in === 'query') {
      if (!/^[a-z][a-z0-9_]*$/.test(name)) refuse(at, 'a query parameter name that is not lower snake case', 'name it as Omise does, e.g. created_after');
      query.push({ name, description: text(param.description), rule: parameterRule(doc, param.schema, param.required === true, at) });
    } else if (param.in !== 'header') {
      refuse(at, `a parameter in ${String(param.in)}`, 'parameters are in the path, the query or a header');
    }
  }
  // Path arguments in the order of the path, as the method takes them; each placeholder declared once.
  pathArguments.sort((a, b) => op.path.indexOf(`{${a.name}}`) - op.path.indexOf(`{${b.name}}`));
  const placeholders = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const declared = pathArguments.map((a) => a.name);
  if (placeholders.join(',') !== declared.join(',')) {
    refuse(where, `the path's placeholders (${placeholders.join(', ') || 'none'}) are not its path parameters (${declared.join(', ') || 'none'})`, 'declare one `in: path` parameter for each {name} of the path, and no other');
  }
  const responses = responsesOf(doc, op.operation, where);
  const ok = responses.find((r) => r.status === '200');
  if (!ok?.schema) refuse(where, 'no 200 answer with a JSON body', 'declare a 200 response whose application/json schema is a $ref');
  const model: OperationModel = {
    operationId: op.operationId,
    resource,
    method,
    httpMethod: 'GET',
    path: op.path,
    summary: text(op.operation.summary),
    description: text(op.operation.description),
    tag: String(((op.operation.tags ?? []) as unknown[])[0] ?? ''),
    pathArguments,
    query,
    schema: ok.schema,
    responses,
    paramsType: query.length > 0 ? `${pascal(method)}Params` : undefined,
    list: undefined,
    bulk: undefined,
  };
  const pagination = op.operation['x-omise-pagination'];
  if (pagination !== undefined && pagination !== 'offset') refuse(where, `x-omise-pagination ${JSON.stringify(pagination)}`, 'the one kind of pagination is offset');
  if (pagination === 'offset') model.list = listOf(doc, model, where);
  model.bulk = bulkOf(doc, model);
  // The batch result's type name, when the API has promised one (transactions.retrieveMany's
  // `RetrieveResult`, since 2.0): a name in the spec, so that adding an operation renames nothing.
  const resultType = op.operation['x-omise-batch-result'];
  if (resultType !== undefined) {
    if (!model.bulk) refuse(where, 'x-omise-batch-result on an operation without a batch', 'remove it: only a GET of one object by id (/things/{id}, no query) gets a batch');
    if (typeof resultType !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(resultType)) refuse(where, `x-omise-batch-result ${JSON.stringify(resultType)} is not a type name`, 'write a PascalCase name, e.g. RetrieveResult');
    model.bulk.resultType = resultType;
  }
  return model;
}

/** Every operation's place on the client, or a SpecError naming the operation and the fix. */
export function clientModel(doc: JsonObject): ClientModel {
  const models = operations(doc).map((op) => modelOf(doc, op));
  // Each generated method belongs to one operation (the types' names are claimed where they are written, emit-client.ts).
  const methods = new Map<string, string>();
  const claim = (name: string, owner: string): void => {
    const taken = methods.get(name);
    if (taken !== undefined) refuse(owner, `the method ${name} is also ${taken}'s`, 'give one of the two operations another x-omise-method');
    methods.set(name, owner);
  };
  for (const m of models) {
    const owner = `${m.httpMethod} ${m.path} (operationId ${m.operationId}, x-omise-method ${m.resource}.${m.method})`;
    claim(`${m.resource}.${m.method}`, owner);
    if (m.list) claim(`${m.resource}.${m.list.method}`, owner);
    if (m.bulk) claim(`${m.resource}.${m.bulk.method}`, owner);
  }
  const resources = new Map<string, ResourceModel>();
  for (const m of models) {
    let r = resources.get(m.resource);
    if (!r) {
      r = { name: m.resource, type: `${pascal(m.resource)}Resource`, description: '', operations: [] };
      resources.set(m.resource, r);
    }
    r.operations.push(m);
  }
  // The resource's description: the description of the tag its operations share.
  const tags = new Map(((doc.tags ?? []) as JsonObject[]).map((t) => [String(t.name), text(t.description)]));
  for (const r of resources.values()) {
    const shared = new Set(r.operations.map((m) => m.tag));
    r.description = shared.size === 1 ? (tags.get([...shared][0]!) ?? '') : '';
  }
  return { operations: models, resources: [...resources.values()] };
}
