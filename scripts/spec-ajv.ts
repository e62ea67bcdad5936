// An ajv instance compiled straight from openapi.yaml (Ajv2020 + ajv-formats), independent of the
// precompiled validators in generated/: the tests hold the two against each other, and contract:live
// checks the real API's answers with it.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { loadSpec, type JsonObject } from './spec.js';

// ajv-formats is CommonJS: under NodeNext its plugin function sits on `.default`.
const addFormats = addFormatsModule.default;

// ajv-formats reads `date-time` as ISO 8601 does in one respect: it takes an offset without its
// minutes (+07) or its colon (+0700). RFC 3339, which JSON Schema's `date-time` names, writes an
// offset as +hh:mm only (section 5.6, time-numoffset).
const isoDateTime = fullFormats['date-time'] as { validate: (value: string) => boolean };
const rfc3339DateTime = (value: string): boolean => isoDateTime.validate(value) && /(?:[Zz]|[+-]\d\d:\d\d)$/.test(value);

export function specAjv(doc: JsonObject = loadSpec()): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('date-time', rfc3339DateTime);
  ajv.addVocabulary(['components', 'example', 'discriminator', 'xml', 'externalDocs']);
  ajv.addSchema({ $id: 'openapi', components: { schemas: (doc.components as JsonObject).schemas } });
  return ajv;
}

// Compiles any schema node of the document; local refs are rewritten to point into the `openapi` id.
export function compileNode(ajv: Ajv2020, node: unknown): ValidateFunction {
  const rewritten = JSON.parse(JSON.stringify(node).replaceAll('"$ref":"#/', '"$ref":"openapi#/')) as object;
  return ajv.compile(rewritten);
}

export function schemaValidator(ajv: Ajv2020, name: string): ValidateFunction {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in openapi.yaml`);
  return validate;
}
