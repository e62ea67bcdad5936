// `npm run mock`: the partner mock on 127.0.0.1:4010 (PORT, HOST or --port, --host), until SIGINT or
// SIGTERM, which close the port and end the process: one process, nothing left behind.
import { parseArgs } from 'node:util';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../testing/fixtures.js';
import { startMockServer } from './server.js';

const USAGE = 'usage: npm run mock -- [--port N] [--host ADDRESS] [--quiet] [--cors-origin *|off|ORIGIN[,ORIGIN...]]';

function fail(message: string): never {
  process.stderr.write(`mock: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values: { port?: string; host?: string; quiet?: boolean; help?: boolean; 'cors-origin'?: string };
try {
  ({ values } = parseArgs({
    options: { port: { type: 'string' }, 'cors-origin': { type: 'string' }, host: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const portText = values.port ?? process.env.PORT ?? '4010';
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
if (!(port >= 0 && port <= 65535)) fail(`the port must be a number from 0 to 65535, got ${portText}`);
const host = values.host ?? process.env.HOST ?? '127.0.0.1';

// '*', 'off', or origins as a browser sends them (scheme://host[:port]); undefined: the server's default.
function corsOriginOf(text: string | undefined): '*' | string[] | false | undefined {
  if (text === undefined || text === '*') return text;
  if (text === 'off') return false;
  const origins = text.split(',').map((o) => o.trim());
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) fail(`--cors-origin takes *, off, or origins such as https://app.example:8443; got ${JSON.stringify(origin)}`);
  }
  return origins;
}
const corsOrigin = corsOriginOf(values['cors-origin']);

let mock: Awaited<ReturnType<typeof startMockServer>>;
try {
  mock = await startMockServer({ host, port, quiet: values.quiet === true, ...(corsOrigin !== undefined && { corsOrigin }) });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `port ${port} on ${host} is taken` : `cannot listen on ${host}:${port}: ${(error as Error).message}`);
}

const key = MOCK_SECRET_KEY;
process.stdout.write(`Omise mock listening on ${mock.url} (answers checked against openapi.yaml)
  Auth: HTTP Basic, any skey_test_ key as user name and an empty password, e.g. ${key}
  Try:
    curl -u ${key}: ${mock.url}/customers/${MOCK_IDS.customerWithCards}/cards
    curl -u ${key}: '${mock.url}/customers/${MOCK_IDS.customerWithManyCards}/cards?limit=100&offset=200'
    curl -u ${key}: ${mock.url}/transactions/${MOCK_IDS.transactionCredit}
    curl -u ${key}: -H 'Prefer: code=503' ${mock.url}/transactions/${MOCK_IDS.transactionCredit}
  Ctrl-C or SIGTERM to stop.
`);

// A reader that went away (`| head -1`) must not end the mock: later log lines are dropped.
process.stdout.on('error', () => undefined);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void mock.close().then(() => process.exit(0));
  });
}
