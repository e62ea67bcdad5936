// The mock over HTTP, for partner teams in any language: the engine behind node:http, every answer
// checked against openapi.yaml first (an answer that breaks it becomes a 500 and a log line saying
// why), one log line per request. Node only; the in-process face is omise-openapi/testing.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockEngine, errorAnswer, type MockEngineOptions } from '../testing/engine.js';
import { specProblem } from './spec-check.js';

export interface MockServerOptions extends MockEngineOptions {
  /** 127.0.0.1 unless told. */
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** One line per request only; otherwise errors add a line with Omise's code and message. */
  quiet?: boolean;
  /** Where log lines go; default: standard output. */
  log?: (line: string) => void;
}

export interface MockServer {
  url: string;
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

// Answers nobody could want from a mock: the engine's request stays small, the body is not read.
const MAX_URL_LENGTH = 8192;

function mockRequestOf(req: IncomingMessage) {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method ?? 'GET', url: (req.url ?? '/').slice(0, MAX_URL_LENGTH), headers };
}

const BROKEN = errorAnswer(500, 'internal_error', 'the mock built an answer that breaks openapi.yaml (see the mock log)', null);

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const answer = createMockEngine(options);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const request = mockRequestOf(req);
    let sent = answer(request);
    const problem = specProblem(sent);
    if (problem) sent = BROKEN;
    res.writeHead(sent.status, { ...sent.headers, 'content-length': sent.body === null ? 0 : Buffer.byteLength(sent.body) });
    res.end(sent.body ?? undefined);
    // Never the Authorization header: it carries the key.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed, so that a path cannot forge log lines.
    const path = request.url.replace(/[\u0000-\u001f\u007f]/g, '?');
    log(`${request.method} ${path} -> ${sent.status} (${(performance.now() - started).toFixed(1)} ms)`);
    if (problem) log(`  SPEC VIOLATION: ${problem}`);
    else if (!options.quiet && sent.status >= 400 && sent.body !== null) {
      const body = JSON.parse(sent.body) as { code?: string; message?: string };
      log(`  ${body.code}: ${body.message}`);
    }
  });
  // Requests carry no body here; a client that streams one anyway must not keep a socket busy.
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
