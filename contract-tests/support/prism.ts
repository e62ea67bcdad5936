// Starts and stops a Prism mock of openapi.yaml: one place for how Prism is launched, used by the
// contract tests (the client against a mock built from the spec alone, not from our fixtures) and the
// tests of the launcher and the package. A development tool: nothing in the package loads it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { SPEC_PATH } from '../../scripts/spec.js';


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

// Prism takes a few seconds to load the spec on a quiet machine, several times that on a busy one; a
// Prism that exits (a spec it cannot load) ends the wait at once.
const READY_WITHIN_MS = 90_000;
const READY_INTERVAL_MS = 100;

// Prism's own entry point, run with node directly: killing an `npx prism` parent leaves Prism running.
export function prismEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
}

export async function startPrism(options: PrismOptions = {}): Promise<PrismServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await getPort({ host }));
  const args = [prismEntry(), 'mock', options.specPath ?? SPEC_PATH, '-h', host, '-p', String(port)];
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

  const readyBy = Date.now() + READY_WITHIN_MS;
  while (Date.now() < readyBy) {
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
