// createOmiseClient: options -> key -> transport -> retrying fetch -> openapi-fetch -> resources.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { credentialsFrom } from './auth.js';
import { createClientFetch } from './client-fetch.js';
import { OmiseConfigurationError } from './errors.js';
import { LightRequestClass } from './light-request.js';
import { resolveOptions, type OmiseClientOptions } from './options.js';
import { customersResource, type CustomersResource } from './resources/customers.js';
import { transactionsResource, type TransactionsResource } from './resources/transactions.js';
import { VERSION } from './version.js';

export interface OmiseClient {
  customers: CustomersResource;
  transactions: TransactionsResource;
  /** The typed openapi-fetch client, with the same auth, retries, deadlines and limits. */
  raw: Client<paths>;
}

export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  if (typeof options !== 'object' || options === null) {
    throw new OmiseConfigurationError('createOmiseClient takes an options object.', 'options');
  }
  const { authorization, mode, redact } = credentialsFrom(options.secretKey);
  const resolved = resolveOptions(options, mode);
  const headers = {
    Authorization: authorization,
    'Omise-Version': resolved.apiVersion,
    Accept: 'application/json',
    'User-Agent': `omise-openapi/${VERSION}${resolved.userAgent ? ` ${resolved.userAgent}` : ''}`,
  };
  const send = { ...resolved, redact };
  // Two openapi-fetch clients over one configuration: `raw` hands out real Requests and Responses, as
  // openapi-fetch users expect; the resources' client builds neither (light-request.ts, read-response.ts).
  const raw = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: createClientFetch(resolved.baseUrl, send, 'web'), headers });
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: createClientFetch(resolved.baseUrl, send, 'read'),
    headers,
    Request: LightRequestClass,
  });
  const context = { client, keyMode: mode, validateResponses: resolved.validateResponses, redact };
  return {
    customers: customersResource(context),
    transactions: transactionsResource(context),
    raw,
  };
}
