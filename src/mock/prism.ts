// Starts and stops a Prism mock of openapi.yaml: one place for how Prism is launched, used by the
// contract tests, `npm run mock`, `npm start` and the CLI's --mock. Node only, and never loaded by the
// client itself: Prism, execa and get-port are development tools (optional peers of the package).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';

// openapi.yaml sits at the package root, both in this repository and in the published package; the
// module's own depth differs between src/ and a build, so look upwards (a few levels at most).
export function findSpec(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'openapi.yaml');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('openapi.yaml not found next to the omise-openapi package');
}

/** A well-formed test key for the mock: Prism accepts any Basic credentials; this is no real key. */
export const MOCK_SECRET_KEY = 'skey_test_5fz0oluu2v7vk6cnsqx';

export interface PrismOptions {
  /** Generated data instead of the spec's examples (`-d`). */
  dynamic?: boolean;
  /** Seed for dynamic data, so a run can be repeated. */
  seed?: number;
  host?: string;
  /** A fixed port; default: a free one. */
  port?: number;
  specPath?: string;
  /** Prism's own log level; `error` keeps test output readable and Prism fast. */
  logLevel?: 'error' | 'warn' | 'info';
  /** Show Prism's request log on this process's stdout (the partner mock does). */
  showLog?: boolean;
}

export interface PrismServer {
  url: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

const READY_ATTEMPTS = 150;
const READY_INTERVAL_MS = 100;

// Prism's own entry point, run with node directly: killing an `npx prism` parent leaves Prism running.
function prismEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
}

export async function startPrism(options: PrismOptions = {}): Promise<PrismServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await getPort({ host }));
  const args = [prismEntry(), 'mock', options.specPath ?? findSpec(), '-h', host, '-p', String(port)];
  if (options.dynamic) args.push('-d');
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  args.push('-v', options.logLevel ?? 'error');

  // execa's `cleanup` kills Prism if this process exits without calling stop().
  const child: ResultPromise = execa(process.execPath, args, {
    cleanup: true,
    reject: false,
    stdin: 'ignore',
    buffer: false,
    stdout: options.showLog ? 'inherit' : 'ignore',
    stderr: 'pipe',
    forceKillAfterDelay: 3000,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString();
  });
  let exited = false;
  void child.then(() => {
    exited = true;
  });

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const stop = async (): Promise<void> => {
    if (!exited) child.kill('SIGTERM');
    await child;
  };

  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    if (exited) break;
    try {
      // Any HTTP answer (401 without credentials) means Prism is listening.
      await fetch(`${url}/transactions/trxn_test_ready`, { signal: AbortSignal.timeout(1000) });
      return { url, port, pid: child.pid, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, READY_INTERVAL_MS));
    }
  }
  await stop();
  throw new Error(`Prism did not start on ${url}${stderr ? `:\n${stderr}` : ''}`);
}

/**
 * A fetch that asks Prism for a particular answer (`code=404`, `example=jcb`), the way the mock is
 * steered; the request is otherwise sent as the client built it.
 */
export function preferFetch(
  prefer: string,
  send: (input: string, init: RequestInit) => Promise<Response> = fetch,
): (input: string, init: RequestInit) => Promise<Response> {
  return (input, init) => {
    const headers = new Headers(init.headers);
    headers.set('Prefer', prefer);
    return send(input, { ...init, headers });
  };
}
