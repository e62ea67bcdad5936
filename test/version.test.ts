import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadSpec, type JsonObject } from '../scripts/spec.js';
import { VERSION } from '../src/runtime/version.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

it('the User-Agent version is the package version', () => {
  expect(VERSION).toBe(pkg.version);
});

// The package follows the spec's semantics: a breaking spec change (a major bump of info.version,
// enforced by spec:diff) is a major release of the package; the package may add patches of its own.
it('the package major version is the spec major version, and never behind it', () => {
  const spec = String((loadSpec().info as JsonObject).version);
  const [pMajor, pMinor] = pkg.version.split('.').map(Number);
  const [sMajor, sMinor] = spec.split('.').map(Number);
  const behind = `package.json ${pkg.version} is behind openapi.yaml ${spec}: npm run generate makes it follow`;
  expect(pMajor, behind).toBe(sMajor);
  expect(pMinor, behind).toBeGreaterThanOrEqual(sMinor!);
});
