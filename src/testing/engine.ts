// The mock's one engine: a pure function from a request to the answer Omise gives it, over the data
// set of fixtures.ts. Both faces use it (createMockFetch in-process, `npm run mock` over HTTP), so the
// two can never answer differently. No I/O, no Node built-ins: it runs in a browser bundle too.
import { requestRules } from '../../generated/request-rules.js';
import { responses } from '../../generated/responses.js';
import { secretKeyMode } from '../auth.js';
import { parseDateTime } from '../formats.js';
import type { Card, CardList, ListOrder, OmiseErrorBody } from '../types.js';
import { mockData, omiseTime, type MockData } from './fixtures.js';
import type { OperationId } from './response-table.js';

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
   * The data set: who exists, with which cards and transactions.
   * @defaultValue mockData(), the fixtures the MOCK_IDS name
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

// Omise's error documentation links, by code (as the recorded bodies have them).
const ERROR_DOCS = 'https://www.omise.co/api-errors#';
const EPOCH = '1970-01-01T00:00:00Z';
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

const authenticationFailure = (operation: OperationId | null): MockAnswer =>
  errorAnswer(401, 'authentication_failure', 'authentication failed', operation);

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

interface Route {
  operation: OperationId;
  id: string;
}

function route(method: string, pathname: string): Route | null {
  if (method !== 'GET') return null;
  const match = /^\/(?:customers\/([^/]+)\/cards|transactions\/([^/]+))\/?$/.exec(pathname);
  if (!match) return null;
  const raw = match[1] ?? match[2]!;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape is an id that exists nowhere: the 404 names it as sent.
  }
  return { operation: match[1] !== undefined ? 'listCustomerCards' : 'retrieveTransaction', id: id.slice(0, MAX_ECHOED_ID) };
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

function declared(operation: OperationId, status: string): boolean {
  return Object.hasOwn(responses[operation], status);
}

function scenario(operation: OperationId, route: Route, prefer: { code?: string; example?: string }): MockAnswer | null {
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
    const body = Object.values(responses[operation][code]!.examples)[0];
    return json(status, body, operation, status === 503 ? { 'retry-after': RETRY_AFTER_SECONDS } : {});
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

// An example answers for the id asked, as Omise's answer would (a client holds an answer to the id it
// asked for): its id and locations name it. An id the API could not have keeps the example as written.
function asAsked(route: Route, example: unknown): unknown {
  const pattern = new RegExp(requestRules[route.operation].params.path.id.pattern);
  if (!pattern.test(route.id) || typeof example !== 'object' || example === null) return example;
  if (route.operation === 'retrieveTransaction') return { ...example, id: route.id, location: `/transactions/${route.id}` };
  const list = example as CardList;
  const location = `/customers/${route.id}/cards`;
  return { ...list, location, data: list.data.map((card) => ({ ...card, location: `${location}/${card.id}` })) };
}

function notFound(route: Route): MockAnswer {
  const kind = route.operation === 'listCustomerCards' ? 'customer' : 'transaction';
  return errorAnswer(404, 'not_found', `${kind} ${route.id} was not found`, route.operation);
}

const badRequest = (message: string): MockAnswer => errorAnswer(400, 'bad_request', message, 'listCustomerCards');

const LIST_RULES = requestRules.listCustomerCards.params.query;

function integer(query: URLSearchParams, name: 'limit' | 'offset', min: number, max: number): number | string {
  const raw = query.get(name);
  const fallback = LIST_RULES[name].default;
  if (raw === null) return fallback;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (value >= min && value <= max) return value;
  return max === Number.MAX_SAFE_INTEGER ? `${name} must be an integer greater than or equal to ${min}` : `${name} must be an integer between ${min} and ${max}`;
}

// The client's rule (src/formats.ts): what it refuses is a 400 naming the parameter, what it takes
// gets an answer.
function instant(query: URLSearchParams, name: 'from' | 'to', fallback: Date): Date | string {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const ms = parseDateTime(raw);
  return ms === undefined ? `${name} must be a date and time in ISO 8601 format (RFC 3339: a time zone as Z or +hh:mm), e.g. 2024-01-31T23:59:59Z` : new Date(ms);
}

function listCards(id: string, cards: readonly Card[], query: URLSearchParams, now: Date): MockAnswer {
  const limit = integer(query, 'limit', LIST_RULES.limit.minimum, LIST_RULES.limit.maximum);
  if (typeof limit === 'string') return badRequest(limit);
  const offset = integer(query, 'offset', LIST_RULES.offset.minimum, Number.MAX_SAFE_INTEGER);
  if (typeof offset === 'string') return badRequest(offset);
  const order = query.get('order') ?? LIST_RULES.order.default;
  if (!(LIST_RULES.order.enum as readonly string[]).includes(order)) {
    return badRequest(`order must be one of ${LIST_RULES.order.enum.join(', ')}`);
  }
  const from = instant(query, 'from', new Date(EPOCH));
  if (typeof from === 'string') return badRequest(from);
  const to = instant(query, 'to', now);
  if (typeof to === 'string') return badRequest(to);
  if (from.getTime() > to.getTime()) return badRequest('from must be earlier than to');

  const window = cards.filter((card) => {
    const created = Date.parse(card.created_at);
    return created >= from.getTime() && created <= to.getTime();
  });
  if (order === 'reverse_chronological') window.reverse();
  const page: CardList = {
    object: 'list',
    data: window.slice(offset, offset + limit),
    limit,
    offset,
    total: window.length,
    order: order as ListOrder,
    location: `/customers/${id}/cards`,
    from: omiseTime(from),
    to: omiseTime(to),
  };
  return json(200, page, 'listCustomerCards');
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
    const found = route(request.method.toUpperCase(), url.pathname);
    // Omise checks the key before it looks at the path.
    if (!authenticated(request.headers.authorization)) return authenticationFailure(found?.operation ?? null);
    if (!found) return errorAnswer(404, 'not_found', `${request.method.toUpperCase().slice(0, 10)} ${url.pathname.slice(0, MAX_ECHOED_ID)} was not found`, null);

    const steered = scenario(found.operation, found, preferences(request.headers.prefer));
    if (steered) return steered;

    if (found.operation === 'retrieveTransaction') {
      const transaction = data.transactions.get(found.id);
      return transaction ? json(200, transaction, found.operation) : notFound(found);
    }
    const cards = data.customers.get(found.id);
    return cards ? listCards(found.id, cards, url.query, now()) : notFound(found);
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
