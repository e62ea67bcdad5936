// `npm start`: the client from src/ against the built-in mock (the partner mock's engine over HTTP), or against
// the real API with --live and OMISE_SECRET_KEY. Lists a customer's cards across pages, retrieves a
// transaction, and shows one handled error.
import { parseArgs } from 'node:util';
import { OmiseError, OmiseNotFoundError, createOmiseClient, type OmiseClientOptions } from '../src/index.node.js';
import { cardLine, transactionLine } from '../src/cli/format.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { MOCK_IDS, MOCK_SECRET_KEY } from '../src/testing/fixtures.js';

const { values } = parseArgs({
  options: {
    live: { type: 'boolean', default: false },
    customer: { type: 'string', default: MOCK_IDS.customerWithCards },
    transaction: { type: 'string', default: MOCK_IDS.transactionCredit },
  },
});


async function main(): Promise<void> {
  let mock: MockServer | undefined;
  let options: OmiseClientOptions;
  if (values.live) {
    if (!process.env.OMISE_SECRET_KEY) throw new Error('--live needs OMISE_SECRET_KEY');
    options = {};
    console.log('omise-openapi demo against the real API (https://api.omise.co)');
  } else {
    mock = await startMockServer({ log: () => undefined });
    options = { secretKey: MOCK_SECRET_KEY, baseUrl: mock.url };
    console.log(`omise-openapi demo against the built-in mock at ${mock.url} (npm run mock, answers checked against openapi.yaml)`);
  }
  try {
    const omise = createOmiseClient({ ...options, onRetry: (i) => console.log(`  retrying after ${i.reason} in ${i.delayMs} ms`) });

    console.log(`\nCards of customer ${values.customer} (all pages, customers.listAllCards):`);
    let count = 0;
    for await (const card of omise.customers.listAllCards(values.customer, { pageSize: 100 })) {
      console.log(`  ${cardLine(card)}`);
      count++;
    }
    console.log(`  ${count} card${count === 1 ? '' : 's'}`);

    console.log(`\nTransaction ${values.transaction} (transactions.retrieve):`);
    console.log(`  ${transactionLine(await omise.transactions.retrieve(values.transaction))}`);

    console.log('\nA handled error (an id that does not exist: 404, as Omise answers):');
    try {
      // An id that cannot exist, in the key's own mode so validation lets it through.
      const live = values.live && !process.env.OMISE_SECRET_KEY?.startsWith('skey_test_');
      await omise.transactions.retrieve(live ? 'trxn_0000000000000000000' : 'trxn_test_0000000000000000000');
      console.log('  unexpectedly found');
    } catch (error) {
      if (!(error instanceof OmiseNotFoundError)) throw error;
      console.log(`  caught ${error.name}: status ${error.status}, code ${error.code}`);
      console.log(`  Omise said: "${error.omiseMessage}" (${error.location})`);
    }
    console.log('\nDone.');
  } finally {
    await mock?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof OmiseError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
