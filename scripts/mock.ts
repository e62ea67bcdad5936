// `npm run mock`: the partner teams' mock server. Prism serving openapi.yaml, answering like Omise
// (Omise-shaped errors, Basic auth required), until Ctrl-C.
import { MOCK_SECRET_KEY, startPrism } from '../src/mock/prism.js';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4010);
const dynamic = process.env.MOCK_DYNAMIC === '1';
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}

const mock = await startPrism({ host, port, dynamic, logLevel: 'info', showLog: true });
const key = MOCK_SECRET_KEY;
console.log(`
Omise mock (Prism, from openapi.yaml) listening on ${mock.url}
  ${dynamic ? 'dynamic mode: generated data (MOCK_DYNAMIC=1)' : 'static mode: the examples of openapi.yaml (MOCK_DYNAMIC=1 for generated data)'}
  Auth: HTTP Basic, any test key as user name and an empty password, e.g. ${key}
  Try:
    curl -u ${key}: ${mock.url}/customers/cust_test_5fz0olfpy32zadv96ek/cards
    curl -u ${key}: ${mock.url}/transactions/trxn_test_5fz0ol7mmqw6cj8h5xq
  Pick an answer with the Prefer header:
    -H 'Prefer: example=jcb'   (cards: cards, jcb, empty; transactions: credit, debit)
    -H 'Prefer: code=404'      (also 400, 401, 500, 503; 400 only for the cards list)
  Ctrl-C to stop.
`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the mock`);
  await mock.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
