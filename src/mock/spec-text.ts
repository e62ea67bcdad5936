// openapi.yaml as the package ships it, read by the package's own name: from a clone, the
// repository's; installed, the one in node_modules/omise-openapi. The mock serves it byte for byte.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export function shippedSpec(): string {
  return readFileSync(createRequire(import.meta.url).resolve('omise-openapi/openapi.yaml'), 'utf8');
}
