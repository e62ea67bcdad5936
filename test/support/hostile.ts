// Answers no well-behaved API sends: huge, endless, compressed out of all proportion, redirecting,
// or written byte by byte on a raw socket. Every writer stops by itself (a byte budget, or the
// client closing), so no test leaves a loop running.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Handler } from './loopback-server.js';

const MiB = 1024 * 1024;
const ZEROS = Buffer.alloc(64 * 1024, 0x20);

/** Writes `total` bytes of spaces (or without end, up to 4 GiB) as fast as the client reads, then ends. */
export function streamBody(total: number | 'endless', headers: Record<string, string | number> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    let left = total === 'endless' ? 4096 * MiB : total;
    const pump = (): void => {
      while (left > 0 && !res.destroyed) {
        const chunk = left >= ZEROS.length ? ZEROS : ZEROS.subarray(0, left);
        left -= chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    res.on('error', () => undefined);
    pump();
  };
}

/** Content-Length announces `bytes`; the body then trickles until the client gives up. */
export function announced(bytes: number): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes });
    res.write('{"object":');
    res.on('error', () => undefined);
  };
}

// Concatenated gzip members decode as one stream (RFC 1952), so a bomb of any size is built from one
// small member: 1 MiB of spaces compresses to about 1 KB.
const MEMBER = gzipSync(Buffer.alloc(MiB, 0x20), { level: 9 });

/** A gzip body of about decodedMiB KB that decodes to decodedMiB MiB. */
export function gzipBomb(decodedMiB: number): Handler {
  const body = Buffer.concat(Array.from({ length: decodedMiB }, () => MEMBER));
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
    res.on('error', () => undefined);
    res.end(body);
  };
}

/** A small JSON body, gzip-compressed, as a well-behaved server would send it. */
export function gzipJson(value: unknown): Handler {
  const body = gzipSync(Buffer.from(JSON.stringify(value)));
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(body);
  };
}

export function redirect(status: number, location: string): Handler {
  return (_req, res) => {
    const body = '{"object":"transaction","id":"trxn_test_elsewhere"}';
    res.writeHead(status, { location, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
}

export interface RawServer {
  url: string;
  /** Requests (first lines) received. */
  received: string[];
  close(): Promise<void>;
}

/** A TCP server that answers each request with the bytes `answer` writes: for what node:http will not send. */
export async function startRawServer(answer: (socket: Socket) => void): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) {
        received.push(head.slice(0, head.indexOf('\r\n')));
        head = '';
        answer(socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
