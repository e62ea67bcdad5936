// `npm start`: the client from src/ against the built-in mock (Prism from openapi.yaml), or against
// the real API with --live and OMISE_SECRET_KEY. Lists a customer's cards across pages, retrieves a
// transaction, and shows one handled error.
import { parseArgs } from 'node:util';
import { OmiseError, OmiseNotFoundError, createOmiseClient, type OmiseClientOptions } from '../src/index.node.js';
import { cardLine, transactionLine } from '../src/cli/format.js';
import { MOCK_SECRET_KEY, preferFetch, startPrism, type PrismServer } from '../src/mock/prism.js';

const { values } = parseArgs({
  options: {
    live: { type: 'boolean', default: false },
    customer: { type: 'string', default: 'cust_test_5fz0olfpy32zadv96ek' },
    transaction: { type: 'string', default: 'trxn_test_5fz0ol7mmqw6cj8h5xq' },
  },
});


async function main(): Promise<void> {
  let mock: PrismServer | undefined;
  let options: OmiseClientOptions;
  if (values.live) {
    if (!process.env.OMISE_SECRET_KEY) throw new Error('--live needs OMISE_SECRET_KEY');
    options = {};
    console.log('omise-openapi demo against the real API (https://api.omise.co)');
  } else {
    mock = await startPrism();
    options = { secretKey: MOCK_SECRET_KEY, baseUrl: mock.url };
    console.log(`omise-openapi demo against the built-in mock at ${mock.url} (Prism, serving openapi.yaml)`);
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

    console.log('\nA handled error (the mock is asked to answer 404, as Omise does for an unknown id):');
    const missing = values.live ? omise : createOmiseClient({ ...options, fetch: preferFetch('code=404') });
    try {
      // On the real API: an id that cannot exist, in the key's own mode so validation lets it through.
      const unknownId = process.env.OMISE_SECRET_KEY?.startsWith('skey_test_') ? 'trxn_test_0000000000000000000' : 'trxn_0000000000000000000';
      await missing.transactions.retrieve(values.live ? unknownId : values.transaction);
      console.log('  unexpectedly found');
    } catch (error) {
      if (!(error instanceof OmiseNotFoundError)) throw error;
      console.log(`  caught ${error.name}: status ${error.status}, code ${error.code}`);
      console.log(`  Omise said: "${error.omiseMessage}" (${error.location})`);
    }
    console.log('\nDone.');
  } finally {
    await mock?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof OmiseError ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
