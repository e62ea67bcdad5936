// The mock as a long-running process (`omise-openapi mock`, and `npm run mock` in the repository):
// listen, say where and what it holds, and stop on SIGINT or SIGTERM, closing the port and every
// connection: one process, nothing left behind.
import { MOCK_IDS, MOCK_SECRET_KEY } from '../testing/fixtures.js';
import { startMockServer, type MockServerOptions } from './server.js';

/** What the mock says when it starts: where, how to authenticate, the spec, the ids it holds. */
function banner(url: string): string {
  const key = MOCK_SECRET_KEY;
  const width = Math.max(...Object.keys(MOCK_IDS).map((name) => name.length));
  const ids = Object.entries(MOCK_IDS).map(([name, id]) => `    ${name.padEnd(width)}  ${id}`);
  return `Omise mock listening on ${url} (answers checked against openapi.yaml)
  The spec: ${url}/openapi.yaml   What it answers: ${url}/
  Auth: HTTP Basic, any skey_test_ key as user name and an empty password, e.g. ${key}
  Ids it holds (MOCK_IDS in omise-openapi/testing), besides those of the spec's examples:
${ids.join('\n')}
  Try:
    curl -u ${key}: ${url}/customers/${MOCK_IDS.customerWithCards}/cards
    curl -u ${key}: '${url}/customers/${MOCK_IDS.customerWithManyCards}/cards?limit=100&offset=200'
    curl -u ${key}: ${url}/transactions/${MOCK_IDS.transactionCredit}
    curl -u ${key}: -H 'Prefer: code=503' ${url}/transactions/${MOCK_IDS.transactionCredit}
  The official omise SDK: OMISE_SCHEME=http http_proxy=${url} node app.js
  Ctrl-C or SIGTERM to stop.
`;
}

/**
 * Serves until SIGINT or SIGTERM; resolves once the port is closed. Rejects when it cannot listen,
 * with a message that says why (the port taken, an address not of this machine).
 */
export async function serveMock(options: MockServerOptions & { host: string; port: number }): Promise<void> {
  let mock: Awaited<ReturnType<typeof startMockServer>>;
  try {
    mock = await startMockServer(options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EADDRINUSE' ? `port ${options.port} on ${options.host} is taken` : `cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`);
  }
  // A reader that went away (`| head -1`) must not end the mock: later log lines are dropped.
  process.stdout.on('error', () => undefined);
  if (process.stdout.writable) process.stdout.write(banner(mock.url));
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void mock.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
