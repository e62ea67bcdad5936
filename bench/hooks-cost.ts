// `npm run bench:hooks -- [--fetch] [--rounds N]`: what the hooks and the logger cost a client that
// was given neither. Bundles src/index.node.ts twice with the same esbuild settings, once as it is and
// once with the observer's branches cut out of the call path (src/retry.ts, src/client-fetch.ts),
// then runs bench/compare.ts on the two: a median of 1.00 means the code for hooks costs nothing
// measurable when none is given. The bundles go to the git-ignored reports/ (inside the repository,
// so that they resolve undici from node_modules).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'reports', 'hooks-cost');

// Each cut must match exactly: if the source moved on, this fails instead of measuring something else.
const CUTS: Record<string, Array<[string, string]>> = {
  'src/retry.ts': [
    ['  const call = observer && request.describe ? request.describe() : undefined;\n', ''],
    ['    if (call) observer!.request({ ...call, attempt: n });\n    const attemptStarted = call ? Date.now() : 0;\n', ''],
    ['    if (call) observer!.retry(call, info, maxRetries + 1);\n', ''],
    ['  const { redact, observer } = options;', '  const { redact } = options;'],
  ],
  'src/client-fetch.ts': [
    ['    const describe = options.observer ? () => describeCall(method, url.slice(baseUrl.length), options.redact) : undefined;\n', ''],
    ['overrides: callControlOf(request), describe }', 'overrides: callControlOf(request) }'],
  ],
};

function cut(file: string, text: string): string {
  let out = text;
  for (const [from, to] of CUTS[file] ?? []) {
    if (!out.includes(from)) throw new Error(`bench/hooks-cost.ts: ${file} no longer contains ${JSON.stringify(from.trim())}; update the cuts`);
    out = out.replace(from, to);
  }
  if (file === 'src/retry.ts') {
    // The block that tells the observer of each answer, whole.
    const start = out.indexOf('    if (call) {\n');
    const end = out.indexOf('    if (answer) {', start);
    if (start === -1 || end === -1) throw new Error('bench/hooks-cost.ts: the observer block of src/retry.ts moved; update the cuts');
    out = out.slice(0, start) + out.slice(end);
  }
  if (/\bcall\)|observer!/.test(out) && file === 'src/retry.ts') throw new Error('bench/hooks-cost.ts: src/retry.ts still reaches the observer after the cuts');
  return out;
}

const withoutHooks: Plugin = {
  name: 'without-hooks',
  setup(b) {
    b.onLoad({ filter: /src[\\/](retry|client-fetch)\.ts$/ }, (args) => {
      const file = args.path.slice(ROOT.length).replace(/\\/g, '/');
      return { contents: cut(file, readFileSync(args.path, 'utf8')), loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

async function bundle(name: string, plugins: Plugin[]): Promise<string> {
  const outfile = join(OUT, name, 'index.node.js');
  await build({ entryPoints: [join(ROOT, 'src/index.node.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', external: ['undici', 'node:*'], outfile, plugins, logLevel: 'error' });
  return outfile;
}

mkdirSync(OUT, { recursive: true });
const cutOut = await bundle('without-hooks', [withoutHooks]);
const asIs = await bundle('as-is', []);
console.log('A: the hooks\' code cut out; B: the client as it is.');
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/compare.ts'), cutOut, asIs, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
