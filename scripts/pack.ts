// Builds and packs the package the way npm publish would, into a folder of the caller's choosing.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Returns the tarball's path. */
export function buildAndPack(destination: string): string {
  execFileSync(npm, ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [packed] = JSON.parse(out) as Array<{ filename: string }>;
  if (!packed) throw new Error('npm pack reported no tarball');
  return join(destination, packed.filename);
}
