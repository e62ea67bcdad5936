// A real node:http server on 127.0.0.1 whose every answer a test scripts, recording what it received.
// Sockets are tracked so close() never waits on a connection a fault left hanging.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

interface ReceivedRequest {
  method: string;
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void | Promise<void>;

export interface LoopbackServer {
  url: string;
  requests: ReceivedRequest[];
  /** Answers by request number; the last handler answers every request after it. */
  handle(...handlers: Handler[]): void;
  close(): Promise<void>;
}

export async function startServer(...handlers: Handler[]): Promise<LoopbackServer> {
  let queue = handlers;
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const index = requests.length;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', url: req.url ?? '', path: url.pathname, query: url.searchParams, headers: req.headers });
    const handler = queue[Math.min(index, queue.length - 1)];
    if (!handler) {
      res.writeHead(500).end('no handler');
      return;
    }
    Promise.resolve(handler(req, res, index)).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(...next) {
      queue = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// Answers in the shape Omise uses.
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
}

export function omiseError(status: number, code: string, message: string, headers: Record<string, string> = {}): Handler {
  const anchor = code.replace(/_/g, '-');
  return json(status, { object: 'error', location: `https://www.omise.co/api-errors#${anchor}`, code, message }, headers);
}

/** Sends the headers, then not one byte of the body. */
export const headersThenHang: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.flushHeaders();
};

/** Sends headers and part of the body, then never finishes. */
export const bodyHang: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"object":');
};

/** Sends part of the body announced by Content-Length, then closes the connection cleanly (FIN). */
export const truncatedBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"object":"transaction",', () => res.socket?.end());
};

/** Sends `body` in `chunks` pieces, `everyMs` apart. */
export function slowDrip(body: string, chunks: number, everyMs: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    const size = Math.ceil(body.length / chunks);
    let i = 0;
    const timer = setInterval(() => {
      res.write(body.slice(i * size, (i + 1) * size));
      if (++i >= chunks) {
        clearInterval(timer);
        res.end();
      }
    }, everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Sends headers and part of the body, then resets the connection. */
export const resetMidBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"object":"transaction",', () => setTimeout(() => res.socket?.resetAndDestroy(), 5));
};

/** Resets the connection before any byte of the answer. */
export const resetBeforeHeaders: Handler = (req) => {
  req.socket.resetAndDestroy();
};
