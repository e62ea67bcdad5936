// The mock as a server on a shared network: whatever a peer sends, it answers or closes the socket,
// keeps answering everyone else, holds no idle socket, reads no endless body and writes no log line a
// peer composed. Raw sockets on loopback: against the `npm run mock` process where surviving is the
// point (a throw in-process would only fail a test; in the process it would end the mock), and
// against the HTTP face in-process where a test sets its timeouts or reads its log.
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCorsOrigin, startMockServer, type MockServer } from '../src/mock/server.js';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../src/testing/index.js';
import { CONTROL_CHARACTER } from '../src/runtime/printable.js';
import { seeded } from './support/seeded.js';

const AUTH = `Basic ${btoa(`${MOCK_SECRET_KEY}:`)}`;
const TRXN = `/transactions/${MOCK_IDS.transactionCredit}`;

interface Exchange {
  /** Everything the mock sent back before it closed (or before we gave up waiting). */
  reply: string;
  /** The mock closed the socket (a reply without a close came on a keep-alive socket we closed). */
  closed: boolean;
}

/** Writes raw bytes, half-closes unless told, and reads what comes back until the socket closes or `waitMs` passes. */
function exchange(port: number, bytes: string | Buffer, { end = true, waitMs = 5_000 } = {}): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let closed = false;
    const timer = setTimeout(() => finish(), waitMs);
    function finish(): void {
      clearTimeout(timer);
      socket.destroy();
      resolve({ reply: Buffer.concat(chunks).toString('latin1'), closed });
    }
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.write(bytes);
    if (end) socket.end();
  });
}

const statusOf = (reply: string): number | undefined => {
  const m = /^HTTP\/1\.1 (\d{3}) /.exec(reply);
  return m ? Number(m[1]) : undefined;
};

async function answers(url: string): Promise<void> {
  const res = await fetch(`${url}${TRXN}`, { headers: { authorization: AUTH } });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { id: string }).id).toBe(MOCK_IDS.transactionCredit);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the npm run mock process, against a hostile peer', () => {
  let child: ResultPromise;
  let port: number;
  let output = '';
  const mock = { get url() { return `http://127.0.0.1:${port}`; } };

  beforeAll(async () => {
    port = await getPort({ host: '127.0.0.1' });
    child = execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'mock', '--port', String(port)], { cwd: ROOT, reject: false, buffer: false });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    for (let i = 0; i < 300 && !output.includes('Ctrl-C') && child.exitCode === null; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toContain('listening on');
  }, 60_000);

  afterAll(async () => {
    child.kill('SIGKILL');
    await child;
  });

  // The process is still there and answers: checked after each case, and once more at the end.
  async function stillAnswers(): Promise<void> {
    expect(child.exitCode, output).toBeNull();
    await answers(mock.url);
  }

  for (const target of ['//', '//[', '//x%y/', '//a:99999/', '//user@host/', 'http://[::1', '*', '/%', '/%zz/%']) {
    it(`GET ${target}: an answer, with and without a key, and the mock answers others after`, async () => {
      const bare = await exchange(port, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect([400, 401]).toContain(statusOf(bare.reply));
      const keyed = await exchange(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\n\r\n`);
      expect([400, 404]).toContain(statusOf(keyed.reply));
      await stillAnswers();
    });
  }

  it('peers that pipeline thousands of requests and read no answer: cut off, memory bounded, others still answered', async () => {
    // 100 sockets, each writing 4 000 requests for a 100-card page (about 60 KB an answer) and reading nothing.
    const request = `GET /customers/${MOCK_IDS.customerWithManyCards}/cards?limit=100 HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\n\r\n`;
    const batch = Buffer.from(request.repeat(400));
    const flooders: Socket[] = [];
    await Promise.all(
      Array.from({ length: 100 }, () =>
        new Promise<void>((resolve) => {
          const socket = connect(port, '127.0.0.1');
          flooders.push(socket);
          socket.on('error', () => resolve());
          socket.on('close', () => resolve());
          socket.pause();
          let sent = 0;
          const pump = (): void => {
            while (sent < 10 && !socket.destroyed) {
              sent++;
              if (!socket.write(batch)) return void socket.once('drain', pump);
            }
            resolve();
          };
          socket.on('connect', pump);
        }),
      ),
    );
    // Meanwhile and after, an ordinary call is answered.
    await stillAnswers();
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    for (const socket of flooders) socket.destroy();
    // Before: 30 MB held per socket, 4 GB and an out-of-memory exit for 600 sockets.
    expect(peakKb / 1024).toBeLessThan(400);
    await stillAnswers();
  }, 120_000);

  it('standard output closed (the log read by `| head -1`): the mock goes on answering', async () => {
    child.stdout?.destroy();
    for (let i = 0; i < 5; i++) await stillAnswers();
    expect(child.exitCode).toBeNull();
  });

  it('the fuzz: 10 000 seeded random request lines and headers, each answered or closed, and the mock answers after', async () => {
    const logged = output.length;
    const random = seeded(0x5eed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const bytes = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const pieces = ['/', '//', '%', '%2F', '%0a', '%1b', '%e2%80%ae', '[', ']', ':', '@', '?', '#', '..', 'customers', 'cards', 'transactions', MOCK_IDS.customerWithCards, MOCK_IDS.transactionCredit, 'from=', 'to=', '2016-12-31T23:59:60Z', '+07', '&', 'limit=', '-1', '99999999999', '\u00e9', '\t', ' '];
    const headerNames = ['Authorization', 'Prefer', 'Content-Length', 'Transfer-Encoding', 'Origin', 'Host', 'X-\u00ff', 'Access-Control-Request-Method'];
    const headerValue = (): string => pick([AUTH, `Basic ${btoa(bytes(8))}`, 'code=429', 'code=503', 'example=jcb', 'chunked', '5', '-1', bytes(12), 'http://x.test']);
    const request = (): string => {
      const path = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(pieces)).join('');
      const headers = Array.from({ length: Math.floor(random() * 5) }, () => `${pick(headerNames)}: ${headerValue()}\r\n`).join('');
      const method = pick(['GET', 'GET', 'OPTIONS', 'POST', 'HEAD', 'DELETE', 'G\u00c9T', bytes(3)]);
      return `${method} ${path.startsWith('/') ? path : `/${path}`} HTTP/1.1\r\nHost: x\r\n${headers}\r\n${random() < 0.1 ? bytes(64) : ''}`;
    };
    const cases = Array.from({ length: 10_000 }, request);
    let unanswered = 0;
    const statuses = new Map<number | undefined, number>();
    let next = 0;
    async function worker(): Promise<void> {
      while (next < cases.length) {
        const { reply, closed } = await exchange(port, Buffer.from(cases[next++]!, 'latin1'), { waitMs: 5_000 });
        const status = statusOf(reply);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === undefined && !closed) unanswered++;
      }
    }
    // Meanwhile, a partner's ordinary calls keep being answered.
    let fuzzing = true;
    let ordinary = 0;
    const partner = (async () => {
      while (fuzzing) {
        await answers(mock.url);
        ordinary++;
      }
    })();
    await Promise.all(Array.from({ length: 32 }, worker)).finally(() => {
      fuzzing = false;
    });
    await partner;
    expect(ordinary).toBeGreaterThan(10);
    expect(unanswered).toBe(0);
    // The batch reached the engine, not only Node's parser.
    expect((statuses.get(401) ?? 0) + (statuses.get(404) ?? 0) + (statuses.get(200) ?? 0)).toBeGreaterThan(1_000);
    const log = output.slice(logged).split('\n');
    for (const line of log) expect(line, JSON.stringify(line)).not.toMatch(CONTROL_CHARACTER);
    expect(log.some((line) => line.includes('mock failure') || line.includes('SPEC VIOLATION'))).toBe(false);
    await stillAnswers();
  }, 180_000);
});

describe('the mock over HTTP in-process: its timeouts, body cap, log and CORS', () => {
  let mock: MockServer;
  const log: string[] = [];

  beforeAll(async () => {
    mock = await startMockServer({ log: (line) => log.push(line), idleTimeoutMs: 1_000 });
  });
  afterAll(() => mock.close());

  it('log lines never carry a control character: forged lines, terminal escapes, C1 and bidi controls are shown escaped', async () => {
    log.length = 0;
    const forged = '/transactions/x%0aGET%20%2Ftransactions%2Ftrxn_test_1%20-%3E%20200';
    const escapes = '/transactions/%1b]0;owned%07%1b[2J%e2%80%ae%e2%80%a8';
    for (const path of [forged, escapes]) {
      const res = await fetch(`${mock.url}${path}`, { headers: { authorization: AUTH } });
      expect(res.status).toBe(404);
    }
    // Prefer with the one-byte CSI (0x9b) and OSC (0x9d), as raw bytes on the wire.
    const prefer = Buffer.concat([Buffer.from(`GET ${TRXN} HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\nPrefer: code=`), Buffer.from([0x9b, 0x32, 0x4a, 0x9d]), Buffer.from('\r\n\r\n')]);
    expect(statusOf((await exchange(mock.port, prefer)).reply)).toBe(400);
    expect(log.length).toBeGreaterThanOrEqual(6);
    for (const line of log) expect(line, JSON.stringify(line)).not.toMatch(CONTROL_CHARACTER);
    // Three requests, three request lines: the forged one is inside a line, escaped.
    expect(log.filter((line) => / -> \d{3} \(/.test(line))).toHaveLength(3);
    expect(log.join('\n')).toContain('\\x1b]0;owned\\x07\\x1b[2J\\u202e\\u2028');
    expect(log.join('\n')).toContain('\\x9b');
  });

  it('a log line is cut, however long the request', async () => {
    log.length = 0;
    await fetch(`${mock.url}/transactions/${'a'.repeat(8000)}`, { headers: { authorization: AUTH } });
    expect(log.length).toBeGreaterThan(0);
    for (const line of log) expect(line.length).toBeLessThan(600);
  });

  it('a socket that never sends a byte is closed after the idle timeout', async () => {
    const { closed, reply } = await exchange(mock.port, '', { end: false, waitMs: 8_000 });
    expect(closed).toBe(true);
    expect(reply).toBe('');
  });

  it('a socket idle after a keep-alive request is closed too', async () => {
    const { closed, reply } = await exchange(mock.port, `GET ${TRXN} HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\n\r\n`, { end: false, waitMs: 8_000 });
    expect(statusOf(reply)).toBe(200);
    expect(closed).toBe(true);
  });

  it('a request that never finishes its headers is closed (408), not held', async () => {
    const { closed, reply } = await exchange(mock.port, `GET ${TRXN} HTTP/1.1\r\nHost: x\r\n`, { end: false, waitMs: 8_000 });
    expect(closed).toBe(true);
    expect([undefined, 408]).toContain(statusOf(reply));
  });

  it('a GET with an endless chunked body: answered, then the socket closed after a bounded read', async () => {
    let sent = 0;
    const result = await new Promise<{ reply: string; sent: number }>((resolve) => {
      const socket: Socket = connect(mock.port, '127.0.0.1');
      const chunk = Buffer.from(`${(16 * 1024).toString(16)}\r\n${'x'.repeat(16 * 1024)}\r\n`);
      const chunks: Buffer[] = [];
      const stop = (): void => {
        socket.destroy();
        resolve({ reply: Buffer.concat(chunks).toString('latin1'), sent });
      };
      // Bounded: at most 64 MiB, which the mock must never read whole.
      const pump = (): void => {
        while (!socket.destroyed && sent < 64 * 1024 * 1024) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
      };
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', stop);
      socket.on('close', stop);
      socket.write(`GET ${TRXN} HTTP/1.1\r\nHost: x\r\nAuthorization: ${AUTH}\r\nTransfer-Encoding: chunked\r\n\r\n`);
      pump();
    });
    expect(statusOf(result.reply)).toBe(200);
    expect(result.reply.toLowerCase()).toContain('connection: close');
    // The socket closed long before the pump's budget: the mock stopped reading.
    expect(result.sent).toBeLessThan(16 * 1024 * 1024);
    await answers(mock.url);
  });

  it('CORS: a preflight is answered without a key, and every answer names the origins allowed', async () => {
    const preflight = await fetch(`${mock.url}${TRXN}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.test:3000', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, prefer, x-trace-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(', ')).toEqual(expect.arrayContaining(['authorization', 'prefer', 'x-trace-id']));
    for (const headers of [{ origin: 'http://app.test:3000', authorization: AUTH }, { origin: 'http://app.test:3000' }] as Array<Record<string, string>>) {
      const res = await fetch(`${mock.url}${TRXN}`, { headers });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
    }
  });
});

describe('CORS rules of the mock', () => {
  it('on by default on loopback only: bound elsewhere, a page a partner opens must not read the mock', () => {
    expect(defaultCorsOrigin('127.0.0.1')).toBe('*');
    expect(defaultCorsOrigin('::1')).toBe('*');
    expect(defaultCorsOrigin('localhost')).toBe('*');
    expect(defaultCorsOrigin('0.0.0.0')).toBe(false);
    expect(defaultCorsOrigin('10.1.2.3')).toBe(false);
  });

  it('a list of origins: the listed one is named back, another gets none; off: the preflight is Omise\'s 401', async () => {
    const listed = await startMockServer({ log: () => undefined, corsOrigin: ['http://app.test:3000'] });
    const off = await startMockServer({ log: () => undefined, corsOrigin: false });
    try {
      const ok = await fetch(`${listed.url}${TRXN}`, { headers: { origin: 'http://app.test:3000', authorization: AUTH } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('http://app.test:3000');
      expect(ok.headers.get('vary')).toBe('Origin');
      const other = await fetch(`${listed.url}${TRXN}`, { headers: { origin: 'http://evil.test', authorization: AUTH } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${off.url}${TRXN}`, { method: 'OPTIONS', headers: { origin: 'http://app.test:3000', 'access-control-request-method': 'GET' } });
      expect(preflight.status).toBe(401);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await Promise.all([listed.close(), off.close()]);
    }
  });
});
