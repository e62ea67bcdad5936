// The public data types, one per schema of openapi.yaml, written as named interfaces and unions (not
// as `components['schemas'][...]` lookups), so that an editor shows `Card[]` where a page holds cards,
// and each field's description as its documentation. Covers the JSON Schema the spec uses: type (one
// or several), enum, const, $ref, oneOf, items, properties and required; a keyword it does not
// understand is refused, so that no type silently says less than the schema.
import { isObject, type JsonObject } from '../spec.js';
import { docComment } from './text.js';

const UNDERSTOOD = new Set(['type', 'enum', 'const', '$ref', 'oneOf', 'items', 'properties', 'required', 'description', 'format', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'default', 'examples', 'deprecated', 'title']);

const literal = (value: unknown): string => (typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : JSON.stringify(value));

/** The TypeScript type of a schema node; `nameOf` turns a schema's name into its type's. */
function typeOf(node: unknown, where: string, nameOf: (schema: string) => string, indent: string): string {
  if (!isObject(node)) throw new Error(`openapi.yaml, ${where}: a schema that is not an object`);
  for (const key of Object.keys(node)) if (!UNDERSTOOD.has(key)) throw new Error(`openapi.yaml, ${where}: keyword "${key}" is not understood by the type generator. Fix: use ${[...UNDERSTOOD].join(', ')}`);
  if (typeof node.$ref === 'string') return nameOf(node.$ref.split('/').pop()!);
  if (node.const !== undefined) return literal(node.const);
  if (Array.isArray(node.oneOf)) return node.oneOf.map((option, i) => typeOf(option, `${where}.oneOf[${i}]`, nameOf, indent)).join(' | ');
  if (Array.isArray(node.enum)) return node.enum.map(literal).join(' | ');
  const types = Array.isArray(node.type) ? (node.type as string[]) : [String(node.type)];
  return types
    .map((type) => {
      switch (type) {
        case 'string':
          return 'string';
        case 'integer':
        case 'number':
          return 'number';
        case 'boolean':
          return 'boolean';
        case 'null':
          return 'null';
        case 'array': {
          const item = typeOf(node.items, `${where}.items`, nameOf, indent);
          return /[ |]/.test(item) ? `Array<${item}>` : `${item}[]`;
        }
        case 'object':
          return objectType(node, where, nameOf, indent);
        default:
          throw new Error(`openapi.yaml, ${where}: type ${JSON.stringify(type)} is not one the type generator writes`);
      }
    })
    .join(' | ');
}

function objectType(node: JsonObject, where: string, nameOf: (schema: string) => string, indent: string): string {
  const required = new Set((node.required ?? []) as string[]);
  const inner = `${indent}  `;
  let out = '{\n';
  for (const [name, property] of Object.entries((node.properties ?? {}) as JsonObject)) {
    // The spec's description is the field's documentation; a field the spec leaves undescribed says
    // so (test/generated.test.ts holds the shipped spec to describing every one).
    const description = isObject(property) && typeof property.description === 'string' ? property.description : `\`${name}\`, which openapi.yaml does not describe yet.`;
    const deprecated = isObject(property) && property.deprecated === true ? '\n@deprecated Omise deprecated it; it is still sent.' : '';
    out += docComment(description + deprecated, inner);
    out += `${inner}${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}${required.has(name) ? '' : '?'}: ${typeOf(property, `${where}.${name}`, nameOf, inner)};\n`;
  }
  return `${out}${indent}}`;
}

/** The declaration of schema `name` as the type `typeName`, with the schema's description. */
export function schemaDeclaration(name: string, schema: unknown, typeName: string, nameOf: (schema: string) => string): string {
  const where = `components.schemas.${name}`;
  const body = typeOf(schema, where, nameOf, '');
  const description = isObject(schema) && typeof schema.description === 'string' ? schema.description : `The ${name} schema, which openapi.yaml does not describe yet.`;
  // The first paragraph is the summary an editor shows; the rest, the why, goes under @remarks.
  const [summary, ...rest] = description.trim().split(/\n\s*\n/);
  const doc = docComment(rest.length > 0 ? `${summary}\n\n@remarks\n${rest.join('\n\n')}` : summary!);
  return body.startsWith('{') ? `${doc}export interface ${typeName} ${body}\n` : `${doc}export type ${typeName} = ${body};\n`;
}
