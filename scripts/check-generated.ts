// Fails when generated/ is not what openapi.yaml produces today: regenerates into a temporary folder
// and compares file by file, so an edited spec without `npm run generate` turns CI red.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

const committedDir = fileURLToPath(new URL('../generated/', import.meta.url));
const freshDir = mkdtempSync(join(tmpdir(), 'omise-openapi-generated-'));
try {
  const expected = await generate(freshDir);
  const committed = readdirSync(committedDir);
  const problems: string[] = [];
  for (const name of expected) {
    if (!committed.includes(name)) problems.push(`generated/${name} is missing`);
    else if (readFileSync(join(committedDir, name), 'utf8') !== readFileSync(join(freshDir, name), 'utf8')) {
      problems.push(`generated/${name} differs from what openapi.yaml produces`);
    }
  }
  for (const name of committed) if (!expected.includes(name)) problems.push(`generated/${name} is not produced by the generator`);
  if (problems.length > 0) {
    console.error(`generated/ is stale:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error('Run `npm run generate` and commit generated/.');
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date with openapi.yaml (${expected.length} files).`);
  }
} finally {
  rmSync(freshDir, { recursive: true, force: true });
}
