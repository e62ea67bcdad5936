// createOmiseClient: options -> key -> transport -> retrying fetch -> openapi-fetch -> resources.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { credentialsFrom } from './auth.js';
import { createClientFetch } from './client-fetch.js';
import { OmiseConfigurationError } from './errors.js';
import { LightRequestClass } from './light-request.js';
import { resolveOptions, type OmiseClientOptions } from './options.js';
import type { Transport } from './transport.js';
import { customersResource, type CustomersResource } from './resources/customers.js';
import { transactionsResource, type TransactionsResource } from './resources/transactions.js';
import { VERSION } from './version.js';

type Params = Record<string, unknown>;

// `name=value` pairs, values percent-encoded: openapi-fetch's default ("form", exploded) for primitives.
function querySerializer(query: Params): string {
  let search = '';
  for (const name in query) {
    const value = query[name];
    if (value !== undefined && value !== null) search += `${search ? '&' : ''}${name}=${encodeURIComponent(String(value))}`;
  }
  return search;
}

// {name} replaced by the percent-encoded value: openapi-fetch's default ("simple") for primitives.
function pathSerializer(path: string, params: Params): string {
  let out = '';
  let at = 0;
  for (let open = path.indexOf('{'); open !== -1; open = path.indexOf('{', at)) {
    const close = path.indexOf('}', open);
    out += path.slice(at, open) + encodeURIComponent(String(params[path.slice(open + 1, close)]));
    at = close + 1;
  }
  return out + path.slice(at);
}

export interface OmiseClient {
  customers: CustomersResource;
  transactions: TransactionsResource;
  /** The typed openapi-fetch client, with the same auth, retries, deadlines and limits. */
  raw: Client<paths>;
  /**
   * Waits for the calls under way, then closes the sockets the client opened (the default Node
   * transport's). Optional: idle sockets never keep a process alive. A transport passed in as an
   * option is left to its owner.
   */
  close(): Promise<void>;
}

/** The client; `defaultTransport` is what the entry point sends with when no fetch or transport is given. */
export function buildClient(options: OmiseClientOptions, defaultTransport: (() => Transport) | undefined): OmiseClient {
  if (typeof options !== 'object' || options === null) {
    throw new OmiseConfigurationError('createOmiseClient takes an options object.', 'options');
  }
  const { authorization, mode, redact } = credentialsFrom(options.secretKey);
  const resolved = resolveOptions(options, mode, defaultTransport);
  // Lower case, as HTTP/2 and the transports want them; added below openapi-fetch (client-fetch.ts).
  const headers = {
    authorization,
    'omise-version': resolved.apiVersion,
    accept: 'application/json',
    'user-agent': `omise-openapi/${VERSION}${resolved.userAgent ? ` ${resolved.userAgent}` : ''}`,
  };
  const send = { ...resolved, redact };
  // Two openapi-fetch clients over one configuration: `raw` hands out real Requests and Responses, as
  // openapi-fetch users expect; the resources' client builds neither (light-request.ts,
  // read-response.ts) and takes the serializers below, which do what openapi-fetch's defaults do for
  // the simple, primitive parameters of this API without building them anew on every call.
  const raw = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: createClientFetch(resolved.baseUrl, headers, send, 'web') });
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: createClientFetch(resolved.baseUrl, headers, send, 'read'),
    Request: LightRequestClass,
    querySerializer,
    pathSerializer,
  });
  const context = { client, keyMode: mode, validateResponses: resolved.validateResponses, redact };
  return {
    customers: customersResource(context),
    transactions: transactionsResource(context),
    raw,
    close: async () => {
      if (resolved.ownsTransport) await resolved.transport.close?.();
    },
  };
}

/** A client for the Omise API; in browsers and edge runtimes it sends with globalThis.fetch. */
export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  return buildClient(options, undefined);
}
