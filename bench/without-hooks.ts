// The client bundled twice with the same esbuild settings: as it is, and with the observer's
// branches cut out of the call path (src/runtime/retry.ts, src/runtime/client-fetch.ts). What hooks and the logger
// cost a client given neither is the first's cost over the second's (npm run bench, npm run
// bench:hooks). The bundles go to the git-ignored reports/ (inside the repository, so that they
// resolve undici from node_modules).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'reports', 'hooks-cost');

// Each cut must match exactly: if the source moved on, this fails instead of measuring something else.
const CUTS: Record<string, Array<[string, string]>> = {
  'src/runtime/retry.ts': [
    ['  const call = observer && request.describe ? request.describe() : undefined;\n', ''],
    ['    if (call) observer!.request({ ...call, attempt: n });\n    const attemptStarted = call ? performance.now() : 0;\n', ''],
    ['    if (call) observer!.retry(call, info, maxRetries + 1);\n', ''],
    ['  const { redact, observer } = options;', '  const { redact } = options;'],
  ],
  'src/runtime/client-fetch.ts': [
    ['    const describe = options.observer ? () => describeCall(method, url.slice(baseUrl.length), options.redact) : undefined;\n', ''],
    ['overrides: callControlOf(request), describe }', 'overrides: callControlOf(request) }'],
  ],
};

function cut(file: string, text: string): string {
  let out = text;
  for (const [from, to] of CUTS[file] ?? []) {
    if (!out.includes(from)) throw new Error(`bench/without-hooks.ts: ${file} no longer contains ${JSON.stringify(from.trim())}; update the cuts`);
    out = out.replace(from, to);
  }
  if (file === 'src/runtime/retry.ts') {
    // The block that tells the observer of each answer, whole.
    const start = out.indexOf('    if (call) {\n');
    const end = out.indexOf('    if (answer) {', start);
    if (start === -1 || end === -1) throw new Error('bench/without-hooks.ts: the observer block of src/runtime/retry.ts moved; update the cuts');
    out = out.slice(0, start) + out.slice(end);
    if (/\bcall\)|observer!/.test(out)) throw new Error('bench/without-hooks.ts: src/runtime/retry.ts still reaches the observer after the cuts');
  }
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

/** Paths of the two bundles (each exports createOmiseClient, as dist/index.node.js does). */
export async function hooklessPair(): Promise<{ asIs: string; cutOut: string }> {
  mkdirSync(OUT, { recursive: true });
  return { cutOut: await bundle('without-hooks', [withoutHooks]), asIs: await bundle('as-is', []) };
}
