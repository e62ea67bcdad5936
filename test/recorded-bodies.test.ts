// openapi.yaml against what Omise really sends: every body Omise's own SDKs recorded from the API
// (../shared/omise-recorded/, read in place). A body API version 2019-05-29 returns must pass; a body
// of another version, or one an SDK edited by hand, must fail, with ajv compiled from the YAML and
// with the validators generated into generated/.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as generated from '../generated/response-validators.js';
import { RECORDED_DIR, recordedAvailable, recordedCases, type RecordedSchema } from './support/recorded.js';
import { schemaValidator, specAjv } from '../scripts/spec-ajv.js';

const GENERATED: Record<RecordedSchema, (value: unknown) => boolean> = {
  CardList: generated.validateCardList,
  Card: generated.validateCard,
  Transaction: generated.validateTransaction,
  Error: generated.validateError,
};

describe.runIf(recordedAvailable)('bodies recorded by Omise\'s SDKs', () => {
  // Read only where the recordings are: describe's body is collected even when it will not run.
  const cases = recordedAvailable ? recordedCases() : [];
  const ajv = specAjv();

  it('SOURCES.md describes all 49 recorded bodies, and every one is checked', () => {
    const files = readdirSync(RECORDED_DIR).filter((f) => f.endsWith('.json'));
    expect(new Set(cases.map((c) => c.file))).toEqual(new Set(files));
    expect(files).toHaveLength(49);
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

// Said, not passed, where the recordings are missing.
if (!recordedAvailable) it.skip('../shared/omise-recorded/ is not on this machine: the recorded-bodies check did not run', () => undefined);
