// openapi.yaml against what Omise really sends: every body Omise's own SDKs recorded from the API
// (test/fixtures/omise-recorded/, in every clone). A body API version 2019-05-29 returns must pass; a body
// of another version, or one an SDK edited by hand, must fail, with ajv compiled from the YAML and
// with the validators generated into generated/.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as generated from '../generated/response-validators.js';
import { RECORDED_DIR, recordedCases, type RecordedSchema } from './support/recorded.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';

const GENERATED: Record<RecordedSchema, (value: unknown) => boolean> = {
  CardList: generated.validateCardList,
  Card: generated.validateCard,
  Transaction: generated.validateTransaction,
  Error: generated.validateError,
};

describe("bodies recorded by Omise's SDKs", () => {
  const cases = recordedCases();
  const ajv = specAjv();

  it('SOURCES.md describes every recorded body kept (43: omise-swift has no licence), and every one is checked, both ways', () => {
    const files = readdirSync(RECORDED_DIR).filter((f) => f.endsWith('.json'));
    expect(new Set(cases.map((c) => c.file))).toEqual(new Set(files));
    expect(files).toHaveLength(43);
    expect(new Set(cases.map((c) => c.expect))).toEqual(new Set(['accept', 'reject']));
  });

  // A body counts as accepted when every part of it passes; a rejected body needs one failing part.
  const byFile = new Map<string, typeof cases>();
  for (const c of cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  for (const [file, parts] of byFile) {
    const { expect: expected, schema, era } = parts[0]!;
    it(`${expected}: ${file} (${schema}, ${era})`, () => {
      const results = parts.map((c) => {
        const fromYaml = schemaValidator(ajv, c.schema);
        const yamlOk = fromYaml(c.value);
        return { part: c.part, yamlOk, generatedOk: GENERATED[c.schema](c.value), why: yamlOk ? '' : ajv.errorsText(fromYaml.errors) };
      });
      const yamlAccepts = results.every((r) => r.yamlOk);
      const generatedAccepts = results.every((r) => r.generatedOk);
      const detail = results.filter((r) => !r.yamlOk).map((r) => `${r.part}: ${r.why}`).join('; ');
      expect(yamlAccepts, detail || 'accepted').toBe(expected === 'accept');
      expect(generatedAccepts).toBe(yamlAccepts);
    });
  }
});
