// Finds every example in an OpenAPI document with the schema it must satisfy, and reports the ones
// that do not: used on openapi.yaml itself and, in negative controls, on deliberately broken copies.
import { isObject, resolveRef, type JsonObject } from '../../scripts/spec.js';
import { compileNode, specAjv } from '../../scripts/spec-ajv.js';

export interface ExampleCase {
  where: string;
  schema: unknown;
  value: unknown;
}

// Walks the whole document: media types (schema + example/examples), parameters, and schemas that
// carry their own `examples` array.
function walk(doc: JsonObject, node: unknown, where: string, out: ExampleCase[]): ExampleCase[] {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(doc, item, `${where}/${i}`, out);
    });
    return out;
  }
  if (!isObject(node)) return out;
  if ('schema' in node && ('examples' in node || 'example' in node)) {
    if ('example' in node) out.push({ where: `${where}/example`, schema: node.schema, value: node.example });
    for (const [name, ex] of Object.entries((node.examples ?? {}) as JsonObject)) {
      const resolved = resolveRef(doc, ex);
      if (isObject(resolved) && 'value' in resolved) {
        out.push({ where: `${where}/examples/${name}`, schema: node.schema, value: resolved.value });
      }
    }
  }
  if (Array.isArray(node.examples) && ('type' in node || 'pattern' in node)) {
    node.examples.forEach((value, i) => {
      out.push({ where: `${where}/examples/${i}`, schema: node, value });
    });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'examples' && key !== 'example') walk(doc, value, `${where}/${key}`, out);
  }
  return out;
}

export function collectExamples(doc: JsonObject): ExampleCase[] {
  return walk(doc, doc, '#', []);
}

/** One line per example that breaks its schema; empty when all are valid. */
export function exampleViolations(doc: JsonObject): string[] {
  const ajv = specAjv(doc);
  const out: string[] = [];
  for (const c of collectExamples(doc)) {
    const validate = compileNode(ajv, c.schema);
    if (!validate(c.value)) out.push(`${c.where}: ${ajv.errorsText(validate.errors)}`);
  }
  return out;
}
