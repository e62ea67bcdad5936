// The engine behind the client's transport seam, for the CLI's --mock: the same answers as
// createMockFetch, without building a web Request and Response per call (in a batch of 100 000 ids,
// those alone grew the heap by tens of MB between full collections).
import type { HeaderReader, Transport } from '../runtime/transport.js';
import { createMockEngine, type MockEngineOptions } from './engine.js';

// The engine's header names are lower case already.
function headerReader(headers: Readonly<Record<string, string>>): HeaderReader {
  return {
    get: (name) => headers[name.toLowerCase()] ?? null,
    forEach(callback) {
      for (const [name, value] of Object.entries(headers)) callback(value, name);
    },
  };
}

export function createMockTransport(options: MockEngineOptions = {}): Transport {
  const answer = createMockEngine(options);
  return {
    async send(request) {
      // As a network would: an aborted attempt gets no answer.
      if (request.signal.aborted) throw request.signal.reason;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
      const { status, headers: answerHeaders, body } = answer({ method: request.method, url: request.url, headers });
      return { status, headers: headerReader(answerHeaders), text: body ?? '' };
    },
  };
}
