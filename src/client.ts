// createOmiseClient: options -> key -> transport -> retrying fetch -> openapi-fetch -> the resources
// generated from the spec (generated/resources.ts), over the generic operations (src/operations/).
import createClient from 'openapi-fetch';
import { createResources } from '../generated/resources.js';
import type { Sender } from './operations/context.js';
import type { OmiseClient, paths } from './types.js';
import { credentialsFrom } from './runtime/auth.js';
import { createClientFetch } from './runtime/client-fetch.js';
import { timerPerDeadline, type StartDeadline } from './runtime/deadline.js';
import type { NameFailure } from './runtime/retry.js';
import { OmiseConfigurationError } from './runtime/errors.js';
import { LightRequestClass } from './runtime/light-request.js';
import { resolveOptions, type OmiseClientOptions } from './runtime/options.js';
import type { Transport } from './runtime/transport.js';
import { VERSION } from './runtime/version.js';

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

/** What an entry point chooses for its platform (src/client.ts for browsers and edge runtimes, src/client.node.ts). */
export interface Platform {
  /** How attempts' deadlines are timed (src/runtime/deadline.ts). */
  startDeadline: StartDeadline;
  /** What the client sends with when neither fetch nor transport is given; undefined: global fetch. */
  defaultTransport?: (() => Transport) | undefined;
  /** Failures the platform names apart (TLS certificates, proxies: src/node/node-failures.ts); undefined: none. */
  nameFailure?: NameFailure | undefined;
}

/** The client, with what its entry point chose for the platform. */
export function buildClient(options: OmiseClientOptions, platform: Platform): OmiseClient {
  if (typeof options !== 'object' || options === null) {
    throw new OmiseConfigurationError('createOmiseClient takes an options object.', 'options');
  }
  const { authorization, mode, redact } = credentialsFrom(options.secretKey);
  const resolved = resolveOptions(options, mode, platform.defaultTransport);
  // Lower case, as HTTP/2 and the transports want them; added below openapi-fetch (client-fetch.ts).
  const headers = {
    authorization,
    'omise-version': resolved.apiVersion,
    accept: 'application/json',
    'user-agent': `omise-openapi/${VERSION}${resolved.userAgent ? ` ${resolved.userAgent}` : ''}`,
  };
  const send = { ...resolved, redact, startDeadline: platform.startDeadline, nameFailure: platform.nameFailure };
  // Two openapi-fetch clients over one configuration: `raw` hands out real Requests and Responses, as
  // openapi-fetch users expect; the resources' client builds neither (light-request.ts,
  // read-response.ts) and takes the serializers below, which do what openapi-fetch's defaults do for
  // the simple, primitive parameters of this API without building them anew on every call.
  const raw = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: createClientFetch(resolved.baseUrl, headers, send, 'raw') });
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: createClientFetch(resolved.baseUrl, headers, send, 'resources'),
    Request: LightRequestClass,
    querySerializer,
    pathSerializer,
  });
  // The resources send through the table's path templates, which `raw`'s types spell out per path.
  const context = { client: client as unknown as Sender, keyMode: mode, validateResponses: resolved.validateResponses, redact };
  return {
    ...createResources(context),
    raw,
    close: async () => {
      if (resolved.ownsTransport) await resolved.transport.close?.();
    },
  };
}

/**
 * A client for the Omise API; in browsers and edge runtimes it sends with globalThis.fetch. Every
 * option is checked here, before any request.
 * @param options - See {@link OmiseClientOptions}; all optional.
 * @throws {@link OmiseConfigurationError} when an option is unusable, naming it in `option`: no
 * secret key (neither `secretKey` nor OMISE_SECRET_KEY), a public or malformed key, an unknown
 * option or a value it does not take (a number out of range, a hook that is not a function, ...),
 * a baseUrl that is not an absolute http(s) URL (or plain http to another machine with a live key),
 * both `fetch` and `transport`, or no fetch in this runtime.
 * @example
 * ```ts
 * import { createOmiseClient, OmiseNotFoundError } from 'omise-openapi';
 *
 * // The key comes from OMISE_SECRET_KEY; every option has a default.
 * const omise = createOmiseClient({ timeoutMs: 10_000 });
 * try {
 *   const page = await omise.customers.listCards('cust_test_5fz0olfpy32zadv96ek', { limit: 10 });
 *   for (const card of page.data) console.log(card.brand, card.last_digits);
 * } catch (error) {
 *   if (!(error instanceof OmiseNotFoundError)) throw error;
 *   console.log(`no such customer (request id ${error.requestId})`);
 * }
 * ```
 */
export function createOmiseClient(options: OmiseClientOptions = {}): OmiseClient {
  return buildClient(options, { startDeadline: timerPerDeadline });
}
