// Fails when generated/ is not what openapi.yaml produces today: regenerates into a temporary folder
// and compares file by file, so an edited spec without `npm run generate` turns CI red. `npm test`
// runs it once (npm run check:generated); test/generated.test.ts checks that it notices a change.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_REFERENCE, generate } from './generate.js';
import { SPEC_PATH } from './spec.js';

const committedDir = fileURLToPath(new URL('../generated/', import.meta.url));
const committedReference = fileURLToPath(new URL(`../${API_REFERENCE}`, import.meta.url));

/** What differs between `dir` (default generated/) and docs/api.md and what `specPath` produces: one line per file. */
export async function staleness(dir: string = committedDir, specPath: string = SPEC_PATH, apiReference: string = committedReference): Promise<{ problems: string[]; files: number }> {
  const freshDir = mkdtempSync(join(tmpdir(), 'omise-openapi-generated-'));
  try {
    const freshReference = join(freshDir, 'api.md');
    const expected = await generate(join(freshDir, 'generated'), specPath, freshReference);
    const freshGenerated = join(freshDir, 'generated');
    const committed = readdirSync(dir);
    const problems: string[] = [];
    for (const name of expected) {
      if (!committed.includes(name)) problems.push(`generated/${name} is missing`);
      else if (readFileSync(join(dir, name), 'utf8') !== readFileSync(join(freshGenerated, name), 'utf8')) {
        problems.push(`generated/${name} differs from what openapi.yaml produces`);
      }
    }
    for (const name of committed) if (!expected.includes(name)) problems.push(`generated/${name} is not produced by the generator`);
    if (!existsSync(apiReference)) problems.push(`${API_REFERENCE} is missing`);
    else if (readFileSync(apiReference, 'utf8') !== readFileSync(freshReference, 'utf8')) problems.push(`${API_REFERENCE} differs from what openapi.yaml produces`);
    return { problems, files: expected.length + 1 };
  } finally {
    rmSync(freshDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { problems, files } = await staleness();
  if (problems.length > 0) {
    console.error(`generated/ is stale:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error('Run `npm run generate` and commit generated/ and docs/api.md.');
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date with openapi.yaml (${files} files).`);
  }
}
