// The mock's one engine: a pure function from a request to the answer Omise gives it, over the data
// set of data-set.ts. Both faces use it (createMockFetch in-process, `npm run mock` over HTTP), so the
// two can never answer differently. Every operation of openapi.yaml is answered from the generated
// table (routes.ts, query.ts): no line here names one. No I/O, no Node built-ins: it runs in a browser
// bundle too.
import { responses } from '../../generated/responses.js';
import { secretKeyMode } from '../runtime/auth.js';
import type { OmiseErrorBody } from '../types.js';
import { mockData } from './data-set.js';
import { listPage } from './list-page.js';
import type { MockData } from './mock-data.js';
import { readQuery } from './query.js';
import type { OperationId } from './response-table.js';
import { routeOf, type Route } from './routes.js';

/** A request as the mock engine takes it. */
export interface MockRequest {
  /** The HTTP method, in any case: only GET routes exist. */
  method: string;
  /** The request's URL: absolute, or a path with its query. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
}

/** The mock engine's answer, as Omise would give it. */
export interface MockAnswer {
  /** The HTTP status: 200, or the error Omise answers (400, 401, 404, 429, 500, 503). */
  status: number;
  /** Response headers, names in lower case: content-type when there is a body, retry-after for 429 and 503. */
  headers: Record<string, string>;
  /** The JSON body as sent, or null for a status without one. */
  body: string | null;
  /** The operation answered (null for a path the API does not have): what the spec check looks up. */
  operation: OperationId | null;
}

/** The options of createMockEngine and createMockFetch. */
export interface MockEngineOptions {
  /**
   * The data set: which objects and lists exist, by path.
   * @defaultValue mockData(): openapi.yaml's examples and the fixtures the MOCK_IDS name
   */
  data?: MockData;
  /**
   * The clock that sets a list's default `to` ("now", as Omise does); fix it for repeatable answers.
   * @defaultValue the real one
   */
  now?: () => Date;
}

/** The mock as a pure function: one request in, Omise's answer out. No I/O. */
export type MockEngine = (request: MockRequest) => MockAnswer;

// Omise's codes of the statuses it documents, for an error the spec gives no example of.
const ERROR_CODES: Readonly<Record<number, string>> = { 400: 'bad_request', 500: 'internal_error', 503: 'service_unavailable' };
// Omise's error documentation links, by code (as the recorded bodies have them).
const ERROR_DOCS = 'https://www.omise.co/api-errors#';
// The wait a throttled or unavailable mock asks for: long enough to be seen, short enough for tests.
const RETRY_AFTER_SECONDS = '1';
const JSON_TYPE = 'application/json; charset=utf-8';
// An id echoed into a message is cut: a request cannot make the answer arbitrarily large.
const MAX_ECHOED_ID = 100;

function json(status: number, value: unknown, operation: OperationId | null, headers: Record<string, string> = {}): MockAnswer {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(value), operation };
}

/** An Omise error object as an answer (for the HTTP face's own failures too). */
export function errorAnswer(status: number, code: string, message: string, operation: OperationId | null, headers?: Record<string, string>): MockAnswer {
  const body: OmiseErrorBody = { object: 'error', location: ERROR_DOCS + code.replaceAll('_', '-'), code, message };
  return json(status, body, operation, headers);
}

// The challenge that makes an HTTP client send its credentials (Python's HTTPBasicAuthHandler, curl
// --anyauth and browsers wait for it before they do).
const CHALLENGE = { 'www-authenticate': 'Basic realm="Omise mock", charset="UTF-8"' };

const authenticationFailure = (operation: OperationId | null): MockAnswer =>
  errorAnswer(401, 'authentication_failure', 'authentication failed', operation, CHALLENGE);

// Omise takes any test secret key of its account; the mock has one account and takes any test key
// the client itself accepts. Public keys, live keys (the mock is test mode only), a password,
// anything malformed: 401.
function authenticated(header: string | undefined): boolean {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/.exec(header ?? '');
  if (!match) return false;
  let credentials: string;
  try {
    credentials = atob(match[1]!);
  } catch {
    return false;
  }
  return credentials.endsWith(':') && secretKeyMode(credentials.slice(0, -1)) === 'test';
}

const BASE = 'http://mock.invalid';

// The path and query of a request target, never a throw: `//x%y/` is a path here, not a URL with a
// host (new URL would read it as one and throw), and a target no URL parser takes is a path that
// exists nowhere.
function target(url: string): { pathname: string; query: URLSearchParams } {
  const parsed = URL.canParse(url) ? new URL(url) : url.startsWith('/') && URL.canParse(BASE + url) ? new URL(BASE + url) : undefined;
  if (parsed) return { pathname: parsed.pathname, query: parsed.searchParams };
  return { pathname: url.split('?')[0]!, query: new URLSearchParams() };
}

// Prism's steering header, kept so the README's scenarios work as before: `code=429`, `example=jcb`.
function preferences(header: string | undefined): { code?: string; example?: string } {
  const out: { code?: string; example?: string } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if ((key === 'code' || key === 'example') && value) out[key] = value;
  }
  return out;
}

const idOf = (route: Route): OperationId => route.operation.id as OperationId;

function declared(operation: OperationId, status: string): boolean {
  return Object.hasOwn(responses[operation], status);
}

function scenario(route: Route, prefer: { code?: string; example?: string }): MockAnswer | null {
  const operation = idOf(route);
  const { code, example } = prefer;
  if (code !== undefined) {
    // A scenario the spec does not declare for this operation is the caller's mistake, said as such.
    if (!declared(operation, code) || code === '200') {
      const statuses = Object.keys(responses[operation]).filter((s) => s !== '200');
      return errorAnswer(400, 'bad_request', `Prefer: code=${code.slice(0, 10)} is not an error this operation answers (one of ${statuses.join(', ')})`, null);
    }
    const status = Number(code);
    if (status === 429) return { status, headers: { 'retry-after': RETRY_AFTER_SECONDS }, body: null, operation };
    if (status === 404) return notFound(route);
    if (status === 401) return authenticationFailure(operation);
    const headers: Record<string, string> = status === 503 ? { 'retry-after': RETRY_AFTER_SECONDS } : {};
    // `code=400, example=bad_order`: a named example of that status, as Prism takes it.
    const named = responses[operation][code]!.examples;
    if (example !== undefined && !Object.hasOwn(named, example)) {
      return errorAnswer(400, 'bad_request', `Prefer: example=${example.slice(0, 40)} is not an example of the ${status} answer (one of ${Object.keys(named).join(', ') || 'none'})`, null);
    }
    const body = example !== undefined ? named[example] : Object.values(named)[0];
    // A status the spec declares without an example still answers Omise's error shape.
    return body === undefined ? errorAnswer(status, ERROR_CODES[status] ?? 'error', `the mock answers ${status} as asked (Prefer: code=${status})`, operation, headers) : json(status, body, operation, headers);
  }
  if (example !== undefined) {
    const examples = responses[operation]['200']!.examples;
    if (!Object.hasOwn(examples, example)) {
      return errorAnswer(400, 'bad_request', `Prefer: example=${example.slice(0, 40)} is not an example of this operation (one of ${Object.keys(examples).join(', ')})`, null);
    }
    return json(200, asAsked(route, examples[example]), operation);
  }
  return null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Every location under `from` (the example's own path) moved under `to` (the path asked).
function relocated(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => relocated(item, from, to));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = key === 'location' && typeof field === 'string' && field.startsWith(from) ? to + field.slice(from.length) : relocated(field, from, to);
  }
  return out;
}

// An example answers for the ids asked, as Omise's answer would (a client holds an answer to what it
// asked for): its id and locations name them. An id the API could not have keeps the example as written.
function asAsked(route: Route, example: unknown): unknown {
  const possible = route.operation.pathArguments.every(({ rule }, i) => rule.pattern === undefined || new RegExp(rule.pattern).test(route.ids[i]!));
  if (!possible || !isObject(example)) return example;
  if (route.operation.byId) return { ...example, id: route.ids.at(-1), location: route.path };
  return typeof example.location === 'string' ? relocated(example, example.location, route.path) : example;
}

// Omise names what it did not find: `customer cust_... was not found`, the last id of the path.
function notFound(route: Route): MockAnswer {
  const last = route.operation.pathArguments.length - 1;
  const noun = route.operation.pathArguments[last]?.noun ?? 'object';
  return errorAnswer(404, 'not_found', `${noun} ${route.ids[last] ?? route.path} was not found`, idOf(route));
}

// What the data set holds at the path asked: a page of a list, an object, or Omise's 404 or 400.
function answerFromData(route: Route, data: MockData, query: URLSearchParams, now: () => Date): MockAnswer {
  const values = readQuery(route.operation, query);
  const operation = idOf(route);
  if (typeof values === 'string') return errorAnswer(400, 'bad_request', values, operation);
  if (route.operation.list) {
    const items = data.lists.get(route.path);
    if (!items) return notFound(route);
    const page = listPage(route.path, items, values, now());
    return typeof page === 'string' ? errorAnswer(400, 'bad_request', page, operation) : json(200, page, operation);
  }
  const object = data.objects.get(route.path);
  return object ? json(200, object, operation) : notFound(route);
}

/**
 * An engine over a data set: call it with each request. It answers as Omise does: 401 for anything
 * but a `skey_test_` key in HTTP Basic, 404 `not_found` for unknown ids and paths, 400 `bad_request`
 * naming the wrong parameter, pages windowed by `limit`, `offset`, `order`, `from`, `to`, and the
 * `Prefer: code=…|example=…` scenarios.
 * @param options - The data set and the clock; see {@link MockEngineOptions}.
 * @throws Nothing, at creation or after. Every request gets an answer, whatever its bytes; should
 * the engine itself fail on one, the answer is a 500 `internal_error` saying so.
 */
export function createMockEngine(options: MockEngineOptions = {}): MockEngine {
  const data = options.data ?? mockData();
  const now = options.now ?? (() => new Date());
  const answer = (request: MockRequest): MockAnswer => {
    const url = target(request.url);
    const found = routeOf(request.method.toUpperCase(), url.pathname, MAX_ECHOED_ID);
    // Omise checks the key before it looks at the path.
    if (!authenticated(request.headers.authorization)) return authenticationFailure(found ? idOf(found) : null);
    if (!found) return errorAnswer(404, 'not_found', `${request.method.toUpperCase().slice(0, 10)} ${url.pathname.slice(0, MAX_ECHOED_ID)} was not found`, null);
    return scenario(found, preferences(request.headers.prefer)) ?? answerFromData(found, data, url.query, now);
  };
  return (request) => {
    try {
      return answer(request);
    } catch (error) {
      // A request no case foresaw must not take the mock down (over HTTP, for every partner at once).
      return errorAnswer(500, 'internal_error', `the mock failed on this request (${error instanceof Error ? error.name : 'error'}); the mock log has the request`, null);
    }
  };
}
