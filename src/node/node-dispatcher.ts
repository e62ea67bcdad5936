// Which undici dispatcher the Node transport sends through: straight to the origin, or through an
// egress proxy (CONNECT, for https and http alike), with the roots it trusts. The proxy comes from
// the `proxy` option, else from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case, lower case first,
// as curl and undici read them), read once when the transport is made.
import { readFileSync } from 'node:fs';
import type * as Tls from 'node:tls';
import type { Dispatcher } from 'undici';
import { OmiseConfigurationError } from '../runtime/errors.js';

/** Trusted roots as the `ca` option takes them: PEM text or its bytes (a Buffer fits), one or several. */
export type CaOption = string | Uint8Array | ReadonlyArray<string | Uint8Array>;

export interface DispatcherPlan {
  /** Per origin. */
  connections: number;
  keepAliveTimeout: number;
  /** The proxy for https and for http targets; NO_PROXY excludes hosts from both. */
  httpsProxy: URL | undefined;
  httpProxy: URL | undefined;
  noProxy: string | undefined;
  /** Roots trusted besides Node's own, for the target (and the proxy, when it speaks https): `ca`. */
  ca: Array<string | Buffer> | undefined;
}

const env = (name: string): string | undefined => process.env[name.toLowerCase()] || process.env[name.toUpperCase()] || undefined;

function proxyUrl(value: string | URL, from: string): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new OmiseConfigurationError(`${from} must be a proxy URL such as http://proxy.internal:3128.`, 'proxy');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OmiseConfigurationError(`${from} must be an http: or https: URL (the proxy is asked to CONNECT); got the scheme ${url.protocol}.`, 'proxy');
  }
  // undici decodes the credentials on the first call: a malformed escape would fail every call then.
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    throw new OmiseConfigurationError(`${from} has a malformed percent-escape in its user name or password: write % as %25.`, 'proxy');
  }
  return url;
}

// Node reads NODE_EXTRA_CA_CERTS into its default roots, but a `ca` given to TLS replaces them: the
// defaults are listed with it so that `ca` adds roots. tls.getCACertificates (Node 22.15+) says which
// they are; before it, the bundled roots and the extra file. node:tls is loaded only then: importing
// it at start-up cost a cold import about 7 ms.
/** The roots a transport with `ca` trusts: Node's own, then those given. */
export function trustedRoots(tls: typeof Tls, ca: ReadonlyArray<string | Buffer>): Array<string | Buffer> {
  return [...defaultRoots(tls), ...ca];
}

function defaultRoots(tls: typeof Tls): string[] {
  const get = (tls as { getCACertificates?: (type: 'default') => string[] }).getCACertificates;
  if (get) return get('default');
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  let extraRoots: string[] = [];
  if (extra) {
    try {
      extraRoots = [readFileSync(extra, 'utf8')];
    } catch {
      // Node itself warns and goes on without the file.
    }
  }
  return [...tls.rootCertificates, ...extraRoots];
}

function caList(ca: CaOption | undefined): Array<string | Buffer> | undefined {
  if (ca === undefined) return undefined;
  const list = (Array.isArray(ca) ? ca : [ca]) as Array<string | Uint8Array>;
  const isPem = (c: unknown): boolean => (typeof c === 'string' || c instanceof Uint8Array) && Buffer.from(c).toString('latin1').includes('-----BEGIN CERTIFICATE-----');
  if (list.length === 0 || !list.every(isPem)) {
    throw new OmiseConfigurationError('ca must be a PEM certificate (a string or a Buffer), or a non-empty array of them.', 'ca');
  }
  return list.map((c) => (typeof c === 'string' ? c : Buffer.from(c)));
}

/** What the transport will send through, decided (and checked) when it is made. */
export function planDispatcher(connections: number, keepAliveTimeout: number, proxy: string | URL | false | undefined, ca: CaOption | undefined): DispatcherPlan {
  if (proxy !== undefined && proxy !== false && typeof proxy !== 'string' && !(proxy instanceof URL)) {
    throw new OmiseConfigurationError('proxy must be a URL (http://user:password@proxy:3128), or false to ignore HTTPS_PROXY and HTTP_PROXY.', 'proxy');
  }
  const plan = { connections, keepAliveTimeout, ca: caList(ca) };
  if (proxy === false) return { ...plan, httpsProxy: undefined, httpProxy: undefined, noProxy: undefined };
  if (proxy !== undefined) {
    const url = proxyUrl(proxy, 'proxy');
    return { ...plan, httpsProxy: url, httpProxy: url, noProxy: undefined };
  }
  const https = env('https_proxy');
  const http = env('http_proxy');
  // undici's rule: https targets use HTTPS_PROXY, else HTTP_PROXY.
  const httpProxy = http ? proxyUrl(http, 'HTTP_PROXY') : undefined;
  return { ...plan, httpsProxy: https ? proxyUrl(https, 'HTTPS_PROXY') : httpProxy, httpProxy, noProxy: env('no_proxy') };
}

const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };

// NO_PROXY as undici reads it: `*` (the whole value) for every host; else entries split on commas or
// spaces, a host with its subdomains (a leading `.` or `*.` dropped), and an optional :port.
function bypassed(noProxy: string | undefined, target: URL): boolean {
  if (noProxy === '*') return true;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = Number(target.port) || DEFAULT_PORT[target.protocol] || 0;
  for (const entry of (noProxy ?? '').split(/[,\s]/)) {
    if (!entry) continue;
    const m = /^(.+):(\d+)$/.exec(entry);
    const name = (m ? m[1]! : entry).replace(/^\*?\./, '').replace(/^\[|\]$/g, '').toLowerCase();
    if (m && Number(m[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The proxy an origin is sent through, as an origin without credentials (to name it in errors); undefined when none. */
export function proxyOrigin(plan: DispatcherPlan, origin: string): string | undefined {
  const target = new URL(origin);
  const proxy = target.protocol === 'https:' ? plan.httpsProxy : plan.httpProxy;
  return proxy && !bypassed(plan.noProxy, target) ? proxy.origin : undefined;
}

/** The dispatcher of a plan, loading undici (and node:tls, for added roots) on the first call. */
export async function dispatcherOf(plan: DispatcherPlan): Promise<Dispatcher> {
  const [undici, tls] = await Promise.all([import('undici'), plan.ca ? import('node:tls') : undefined]);
  const tlsOptions = plan.ca && tls ? { ca: trustedRoots(tls, plan.ca) } : undefined;
  const agent = { connections: plan.connections, keepAliveTimeout: plan.keepAliveTimeout, ...(tlsOptions && { connect: tlsOptions }) };
  if (!plan.httpsProxy && !plan.httpProxy) return new undici.Agent(agent);
  const proxied = { ...agent, ...(tlsOptions && { requestTls: tlsOptions, proxyTls: tlsOptions }) };
  return new undici.EnvHttpProxyAgent({ ...proxied, httpProxy: plan.httpProxy?.href ?? '', httpsProxy: plan.httpsProxy?.href ?? '', noProxy: plan.noProxy ?? '' });
}
