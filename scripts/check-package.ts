// `npm run check:package`: publint and Are The Types Wrong on the packed tarball, as users receive it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndPack } from './pack.js';

const bin = (name: string): string => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'omise-openapi-pack-'));
try {
  const tarball = buildAndPack(dir);
  console.log(`packed ${tarball}`);
  execFileSync(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion'], { stdio: 'inherit' });
  // openapi.yaml is exported as a data file for partner teams' tools, not as a module with types.
  execFileSync(bin('attw'), [tarball, '--profile', 'strict', '--format', 'table-flipped', '--exclude-entrypoints', './openapi.yaml'], {
    stdio: 'inherit',
  });
} catch {
  console.error('check:package failed (see above)');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
