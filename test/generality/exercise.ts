// Copied into a folder with the shipped src/ and a client generated from test/support/extended-spec.ts,
// type-checked there, and run: the two operations the spec added, through the client, both mocks and
// the contract cases, with no file under src/ edited. Prints one JSON object for the test to hold.
import {
  OmiseNotFoundError,
  OmiseValidationError,
  createOmiseClient,
  type Dispute,
  type DisputeList,
  type DisputeRetrieveResult,
  type ListParams,
  type OmiseClient,
} from './src/index.node.js';
import { startMockServer } from './src/mock/server.js';
import { MOCK_IDS, MOCK_SECRET_KEY, createMockFetch, type MockFetch } from './src/testing/index.js';

const [newId, otherId] = process.argv.slice(2) as [string, string];

async function exercise(omise: OmiseClient, sent: () => number) {
  const dispute: Dispute = await omise.disputes.retrieve(newId);
  const { data, response } = await omise.disputes.retrieve(newId).withResponse();
  const notFound = await omise.disputes.retrieve('dspt_test_nosuchdispute0000').catch((error: unknown) => error);
  const before = sent();
  const malformed = await omise.disputes.retrieve('not a dispute id').catch((error: unknown) => error);
  const badLimit = await omise.disputes.list({ limit: 500 } as ListParams).catch((error: unknown) => error);
  const unknownParam = await omise.disputes.list({ limit: 1, colour: 'red' } as ListParams).catch((error: unknown) => error);
  const refusedWithoutSending = sent() === before;
  const page: DisputeList = await omise.disputes.list({ limit: 1, order: 'reverse_chronological' });
  const all: string[] = [];
  const iterator = omise.disputes.listAll({ pageSize: 1, concurrency: 2 });
  for await (const item of iterator) all.push(item.id);
  const batch: string[] = [];
  for await (const result of omise.disputes.retrieveMany([newId, 'dspt_test_nosuchdispute0000', otherId])) {
    const r: DisputeRetrieveResult = result;
    batch.push(r.ok ? r.dispute.status : r.error.code);
  }
  // What was there before still works.
  const transaction = await omise.transactions.retrieve(MOCK_IDS.transactionCredit);
  const cards = await omise.customers.listCards(MOCK_IDS.customerWithCards);
  return {
    dispute,
    withResponse: { same: JSON.stringify(data) === JSON.stringify(dispute), status: response.status },
    notFound: notFound instanceof OmiseNotFoundError ? { status: notFound.status, code: notFound.code, message: notFound.omiseMessage } : String(notFound),
    malformed: malformed instanceof OmiseValidationError ? malformed.param : String(malformed),
    badLimit: badLimit instanceof OmiseValidationError ? badLimit.message : String(badLimit),
    unknownParam: unknownParam instanceof OmiseValidationError ? unknownParam.param : String(unknownParam),
    refusedWithoutSending,
    page: { ids: page.data.map((c) => c.id), total: page.total, limit: page.limit },
    all,
    total: iterator.total,
    batch,
    transaction: transaction.id,
    cards: cards.data.length,
  };
}

let inProcessCalls = 0;
const mockFetch = createMockFetch();
const counting: MockFetch = (input, init) => {
  inProcessCalls++;
  return mockFetch(input, init);
};
const inProcess = await exercise(createOmiseClient({ secretKey: MOCK_SECRET_KEY, fetch: counting }), () => inProcessCalls);

let httpCalls = 0;
const server = await startMockServer({ log: () => httpCalls++ });
let overHttp: Awaited<ReturnType<typeof exercise>>;
try {
  overHttp = await exercise(createOmiseClient({ secretKey: MOCK_SECRET_KEY, baseUrl: server.url }), () => httpCalls);
} finally {
  await server.close();
}
process.stdout.write(`${JSON.stringify({ inProcess, overHttp })}\n`);
