// Fails when generated/ is not what openapi.yaml produces today: regenerates into a temporary folder
// and compares file by file, so an edited spec without `npm run generate` turns CI red. `npm test`
// runs it once (npm run check:generated); test/generated.test.ts checks that it notices a change.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.js';
import { SPEC_PATH } from './spec.js';

const committedDir = fileURLToPath(new URL('../generated/', import.meta.url));

/** What differs between `dir` (default generated/) and what `specPath` produces: one line per file. */
export async function staleness(dir: string = committedDir, specPath: string = SPEC_PATH): Promise<{ problems: string[]; files: number }> {
  const freshDir = mkdtempSync(join(tmpdir(), 'omise-openapi-generated-'));
  try {
    const expected = await generate(freshDir, specPath);
    const committed = readdirSync(dir);
    const problems: string[] = [];
    for (const name of expected) {
      if (!committed.includes(name)) problems.push(`generated/${name} is missing`);
      else if (readFileSync(join(dir, name), 'utf8') !== readFileSync(join(freshDir, name), 'utf8')) {
        problems.push(`generated/${name} differs from what openapi.yaml produces`);
      }
    }
    for (const name of committed) if (!expected.includes(name)) problems.push(`generated/${name} is not produced by the generator`);
    return { problems, files: expected.length };
  } finally {
    rmSync(freshDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { problems, files } = await staleness();
  if (problems.length > 0) {
    console.error(`generated/ is stale:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    console.error('Run `npm run generate` and commit generated/.');
    process.exitCode = 1;
  } else {
    console.log(`generated/ is up to date with openapi.yaml (${files} files).`);
  }
}
