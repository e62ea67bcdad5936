// A TypeScript consumer of the packed package: every public export, typechecked under node16 and
// bundler resolution by test/package.test.ts.
import {
  OmiseApiError,
  OmiseAuthenticationError,
  OmiseBadRequestError,
  OmiseConfigurationError,
  OmiseConnectionError,
  OmiseError,
  OmiseNotFoundError,
  OmisePaginationError,
  OmiseRateLimitError,
  OmiseRedirectError,
  OmiseResponseTooLargeError,
  OmiseResponseValidationError,
  OmiseServerError,
  OmiseTimeoutError,
  OmiseValidationError,
  createOmiseClient,
  type Card,
  type CardList,
  type CustomersResource,
  type ListAllCardsOptions,
  type ListCardsParams,
  type ListOrder,
  type OmiseClient,
  type OmiseClientOptions,
  type OmiseErrorBody,
  type RequestOptions,
  type RetrieveManyOptions,
  type RetrieveResult,
  type RetryInfo,
  type Transaction,
  type TransactionsResource,
  type paths,
} from 'omise-openapi';
import { createNodeTransport, type NodeTransport, type NodeTransportOptions } from 'omise-openapi/node';
import { MOCK_IDS, MOCK_SECRET_KEY, createMockFetch, type MockFetch } from 'omise-openapi/testing';

const transportOptions: NodeTransportOptions = { maxSockets: 8 };
export const nodeTransport: NodeTransport = createNodeTransport(transportOptions);
export const onNode: OmiseClient = createOmiseClient({ transport: nodeTransport, maxResponseBytes: 1_000_000 });

const onRetry = (info: RetryInfo): void => console.log(info.attempt, info.delayMs, info.reason, info.status);
const mockFetch: MockFetch = createMockFetch({ now: () => new Date('2025-01-01T00:00:00Z') });
const options: OmiseClientOptions = { secretKey: MOCK_SECRET_KEY, maxRetries: 1, onRetry, validateResponses: true, fetch: mockFetch };
const omise: OmiseClient = createOmiseClient(options);
const customers: CustomersResource = omise.customers;
const transactions: TransactionsResource = omise.transactions;

export async function use(signal: AbortSignal): Promise<number> {
  const order: ListOrder = 'reverse_chronological';
  const params: ListCardsParams = { limit: 10, offset: 0, order, from: '2024-01-01T00:00:00Z' };
  const request: RequestOptions = { signal };
  const page: CardList = await customers.listCards(MOCK_IDS.customerWithCards, params, request);
  const first: Card | undefined = page.data[0];
  const year: number | undefined = first?.expiration_year;
  const all: ListAllCardsOptions = { pageSize: 50, order, signal, concurrency: 8, maxItems: 500 };
  for await (const card of customers.listAllCards(MOCK_IDS.customerWithManyCards, all)) console.log(card.last_digits);
  const trxn: Transaction = await transactions.retrieve(MOCK_IDS.transactionDebitUsd, request);
  const many: RetrieveManyOptions = { concurrency: 4, signal };
  for await (const result of transactions.retrieveMany([trxn.id], many)) {
    const one: RetrieveResult = result;
    console.log(one.ok ? one.transaction.amount : one.error.message);
  }
  const direction: 'credit' | 'debit' = trxn.direction;
  const raw = await omise.raw.GET('/transactions/{id}', { params: { path: { id: trxn.id } } });
  const body: OmiseErrorBody | undefined = raw.error;
  type Ops = keyof paths;
  const op: Ops = '/customers/{id}/cards';
  console.log(year, direction, body?.code, op);
  return trxn.amount;
}

export function classify(error: unknown): string {
  if (error instanceof OmisePaginationError) return `${error.reason} ${error.yielded}`;
  if (error instanceof OmiseRedirectError) return error.redirectOrigin ?? '';
  if (error instanceof OmiseResponseTooLargeError) return String(error.limit);
  if (error instanceof OmiseNotFoundError) return `${error.code} ${error.status} ${error.omiseMessage} ${error.location ?? ''}`;
  if (error instanceof OmiseAuthenticationError || error instanceof OmiseBadRequestError) return error.code;
  if (error instanceof OmiseRateLimitError) return String(error.retryAfterMs);
  if (error instanceof OmiseServerError) return String(error.attempts);
  if (error instanceof OmiseApiError) return error.requestId ?? '';
  if (error instanceof OmiseConnectionError) return String(error.attempts);
  if (error instanceof OmiseTimeoutError) return String(error.timeoutMs);
  if (error instanceof OmiseValidationError) return error.param;
  if (error instanceof OmiseConfigurationError) return error.option;
  if (error instanceof OmiseResponseValidationError) return error.pointer;
  if (error instanceof OmiseError) return error.message;
  return 'unknown';
}
