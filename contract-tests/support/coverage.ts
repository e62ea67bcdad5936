// Records which documented (method, path, status) each contract test really exercised, from the
// answers themselves, so the gate needs no hand-written list.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { loadSpec, operations, resolveRef, type JsonObject } from '../../scripts/spec.js';
import type { Transport } from '../../src/runtime/transport.js';

export interface Triple {
  method: string;
  path: string;
  status: string;
}

const doc = loadSpec();
const routes = operations(doc).map((op) => ({
  method: op.method.toUpperCase(),
  path: op.path,
  pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** Every (method, path, status) the spec documents. */
export function documentedTriples(): Triple[] {
  return operations(doc).flatMap((op) =>
    Object.keys(resolveRef(doc, op.operation.responses) as JsonObject).map((status) => ({
      method: op.method.toUpperCase(),
      path: op.path,
      status,
    })),
  );
}

function record(method: string, url: string, status: number): void {
  const pathname = new URL(url).pathname;
  const route = routes.find((r) => r.method === method && r.pattern.test(pathname));
  const triple = { method, path: route?.path ?? pathname, status: String(status) };
  appendFileSync(inject('coverageFile'), `${JSON.stringify(triple)}\n`);
}

export function recorded(file: string = inject('coverageFile')): Triple[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Triple);
}

/** A transport that records every answer it gets, and asks Prism for a particular one (`Prefer`). */
export function recordingTransport(base: Transport, prefer?: string): Transport {
  return {
    async send(request) {
      const headers = prefer ? { ...request.headers, prefer } : request.headers;
      const response = await base.send({ ...request, headers });
      record(request.method, request.url, response.status);
      return response;
    },
  };
}

/** A real fetch that records every answer; used by the raw requests of contract tests. */
export function recordingFetch(
  send: (input: string, init: RequestInit) => Promise<Response> = fetch,
): (input: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const response = await send(input, init);
    record(init.method ?? 'GET', input, response.status);
    return response;
  };
}
