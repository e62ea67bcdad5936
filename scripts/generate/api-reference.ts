// docs/api.md: every method of the client, its parameters and its errors, from the same model as the
// code, so the reference cannot drift from what the client does.
import { apiErrorClassFor } from '../../src/runtime/errors.js';
import { isObject, type JsonObject } from '../spec.js';
import { flagName } from '../../src/cli/shared-flags.js';
import { ruleText, typeName } from './emit-client.js';
import { firstParagraph, oneLine } from './text.js';
import { kebab, type ClientModel, type OperationModel } from './operation-model.js';

const cell = (text: string): string => oneLine(text).replaceAll('|', '\\|');

function operationSection(m: OperationModel): string {
  const args = m.pathArguments.map((a) => a.argument);
  const lines: string[] = [];
  lines.push(`### \`${m.resource}.${m.method}(${[...args, ...(m.paramsType ? ['params?'] : []), 'options?'].join(', ')})\``, '');
  lines.push(`${oneLine(m.summary)}: \`${m.httpMethod} ${m.path}\` (operationId \`${m.operationId}\`). Answers a \`${typeName(m.schema)}\`.`, '');
  if (m.description) lines.push(oneLine(m.description), '');
  lines.push(`CLI: \`${['omise-openapi', m.resource, kebab(m.method), ...args.map((a) => `<${a}>`), ...m.query.map((q) => `[${flagName(q.name)} ...]`)].join(' ')}\``, '');
  if (m.pathArguments.length || m.query.length) {
    lines.push('| parameter | in | rule | description |', '|---|---|---|---|');
    for (const a of m.pathArguments) lines.push(`| \`${a.argument}\` | path | ${cell(ruleText(a.rule) || `pattern \`${String(a.rule.pattern ?? '')}\``)} | ${cell(a.description)} |`);
    for (const q of m.query) lines.push(`| \`${q.name}\`${q.rule.required ? ' (required)' : ''} | query | ${cell(ruleText(q.rule))} | ${cell(q.description)} |`);
    lines.push('');
  }
  lines.push('| status | error | when |', '|---|---|---|');
  for (const r of m.responses) {
    const status = Number(r.status);
    const error = status >= 400 ? `\`${apiErrorClassFor(status).name}\`${status === 429 || status >= 500 ? ' (after the retries)' : ''}` : 'the value';
    lines.push(`| ${r.status} | ${error} | ${cell(r.description)} |`);
  }
  lines.push('');
  if (m.list) {
    lines.push(`### \`${m.resource}.${m.list.method}(${[...args, 'options?'].join(', ')})\``, '');
    lines.push(`Every ${m.list.noun} of \`${m.resource}.${m.method}\` as of the first page, exactly once, in order: an async iterable (\`${m.list.iteratorType}\`) with \`total\`. Options: the list's parameters but \`limit\` and \`offset\`, \`pageSize\`, \`concurrency\` (1 to 10), \`maxItems\`, and those of every call. Throws \`OmisePaginationError\` when the server contradicts the first page's snapshot. CLI: \`omise-openapi ${m.resource} ${kebab(m.list.method)}\`.`, '');
  }
  if (m.bulk) {
    lines.push(`### \`${m.resource}.${m.bulk.method}(${m.bulk.argument}, options?)\``, '');
    lines.push(`One result per id, in order, \`concurrency\` calls at a time: \`{ id, ok: true, ${m.bulk.key} }\` or \`{ id, ok: false, error }\`. A 401 or the caller's abort ends the batch; any other failure is that id's result. CLI: \`omise-openapi ${m.resource} ${kebab(m.bulk.method)}\`.`, '');
  }
  return lines.join('\n');
}

export function apiReferenceSource(doc: JsonObject, model: ClientModel): string {
  const info = (doc.info ?? {}) as JsonObject;
  const parts = [
    '<!-- Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`. -->',
    `# API reference (openapi.yaml ${String(info.version)})`,
    '',
    'Every method of the client, generated from `openapi.yaml`. Each method also takes `options`: `signal`, `timeoutMs`, `maxRetries`, `deadlineMs` for that call. Any call may also fail with `OmiseValidationError` (before sending), `OmiseConnectionError`, `OmiseTimeoutError`, `OmiseAbortError`, `OmiseRedirectError`, `OmiseResponseTooLargeError`, or `OmiseResponseValidationError` with `validateResponses`.',
    '',
  ];
  for (const r of model.resources) {
    parts.push(`## \`${r.name}\``, '');
    if (r.description) parts.push(r.description, '');
    for (const m of r.operations) parts.push(operationSection(m));
  }
  parts.push('## Types', '');
  const schemas = ((doc.components as JsonObject).schemas ?? {}) as JsonObject;
  for (const [name, schema] of Object.entries(schemas)) {
    const description = isObject(schema) && typeof schema.description === 'string' ? firstParagraph(schema.description) : '';
    parts.push(`- \`${typeName(name)}\`${description ? `: ${description}` : ''}`);
  }
  return `${parts.join('\n')}\n`;
}
