// Packs the package the way npm publish would (its prepack builds it), into a folder of the caller's
// choosing.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Returns the tarball's path. `destination` should be empty: the one tarball in it is the answer. */
export function buildAndPack(destination: string): string {
  // prepack's build writes to standard output too, so the tarball is found in the folder, not in npm's report.
  execFileSync(npm, ['pack', '--pack-destination', destination], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const [tarball, ...more] = readdirSync(destination).filter((name) => name.endsWith('.tgz'));
  if (!tarball || more.length > 0) throw new Error(`expected one tarball in ${destination}, found ${[tarball, ...more].filter(Boolean).join(', ') || 'none'}`);
  return join(destination, tarball);
}
