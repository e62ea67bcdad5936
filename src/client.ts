// createOmiseClient: options -> key -> retrying fetch -> openapi-fetch -> resources.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { credentialsFrom } from './auth.js';
import { LightRequestClass } from './light-request.js';
import { resolveOptions, type OmiseClientOptions } from './options.js';
import { customersResource, type CustomersResource } from './resources/customers.js';
import { transactionsResource, type TransactionsResource } from './resources/transactions.js';
import { createRetryingFetch } from './retry.js';
import { VERSION } from './version.js';

export interface OmiseClient {
  customers: CustomersResource;
  transactions: TransactionsResource;
  /** The typed openapi-fetch client, with the same auth, retries and deadlines. */
  raw: Client<paths>;
}

export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  const resolved = resolveOptions(options);
  const { authorization, mode } = credentialsFrom(options.secretKey);
  const headers = {
    Authorization: authorization,
    'Omise-Version': resolved.apiVersion,
    Accept: 'application/json',
    'User-Agent': `omise-openapi/${VERSION}${resolved.userAgent ? ` ${resolved.userAgent}` : ''}`,
  };
  // Two openapi-fetch clients over one configuration: `raw` hands out real Requests and readable
  // Responses, as openapi-fetch users expect; the resources' client skips both copies (see
  // light-request.ts and createRetryingFetch's `settled`).
  const raw = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: createRetryingFetch(resolved, 'rewrap'), headers });
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: createRetryingFetch(resolved, 'read'),
    headers,
    Request: LightRequestClass,
  });
  const context = { client, keyMode: mode, validateResponses: resolved.validateResponses };
  return {
    customers: customersResource(context),
    transactions: transactionsResource(context),
    raw,
  };
}
