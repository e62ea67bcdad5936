// `npm run contract:live -- --customer cust_test_... [--transaction trxn_test_...]`: checks openapi.yaml
// against the real API with the caller's own test key. A small, fixed set of requests (every
// operation, a few limit/offset/order combinations, an unknown id, a bad limit, no auth), at most 2 in
// flight, a few dozen at most: Omise asks that its API not be load-tested. Every request and answer is
// checked against openapi.yaml with ajv; the report gives each request, its status, every violation
// with its JSON path, and the headers Omise sent. Exit 0: no violation; 1: violations; 2: usage.
import { parseArgs } from 'node:util';
import { redactorFor } from '../src/runtime/redact.js';
import { omiseTime } from '../src/testing/list-page.js';
import { checkId, checkQuery } from '../src/operations/request-check.js';
import { operationTable } from '../generated/operations.js';
import { DEFAULT_API_VERSION } from '../src/runtime/version.js';
import { isObject, loadSpec, operations, resolveRef, type JsonObject } from './spec.js';
import { compileNode, specAjv } from './spec-ajv.js';

const USAGE = `Usage: OMISE_SECRET_KEY=skey_test_... npm run contract:live -- --customer cust_test_... [--transaction trxn_test_...] [--base-url URL]

Checks openapi.yaml against the real Omise API with your own test key: about a dozen requests, at most 2
at a time. Every request and answer is validated; the report lists violations by JSON path and the
response headers Omise sent.`;

const MAX_IN_FLIGHT = 2;
const TIMEOUT_MS = 30_000;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

function fail(message: string): never {
  process.stderr.write(`contract:live: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

interface Planned {
  operationId: 'listCustomerCards' | 'retrieveTransaction';
  /** Path parameter and query, as sent. */
  id: string;
  query?: Record<string, string | number>;
  auth: boolean;
  expectStatus: number;
  /** Why this request is in the plan. */
  purpose: string;
  /** The request breaks the spec on purpose (a bad limit): its request violation is expected. */
  invalidOnPurpose?: boolean;
}

interface Finding {
  request: string;
  purpose: string;
  status: number | 'no answer';
  expectStatus: number;
  violations: string[];
  headers: Array<[string, string]>;
}

function plan(customer: string, transaction: string | undefined): Planned[] {
  const unknownCustomer = 'cust_test_0000000000000000000';
  const unknownTransaction = 'trxn_test_0000000000000000000';
  const now = omiseTime(new Date());
  const cards = (query: Planned['query'], purpose: string): Planned => ({ operationId: 'listCustomerCards', id: customer, query, auth: true, expectStatus: 200, purpose });
  const out: Planned[] = [
    cards(undefined, 'the defaults'),
    cards({ limit: 1 }, 'the smallest page'),
    cards({ limit: 100 }, 'the largest page'),
    cards({ limit: 2, offset: 1 }, 'a page past the first card'),
    cards({ order: 'reverse_chronological' }, 'newest first'),
    cards({ order: 'chronological', from: '1970-01-01T00:00:00Z', to: now }, 'an explicit window, as listAllCards pins it'),
    { operationId: 'listCustomerCards', id: unknownCustomer, auth: true, expectStatus: 404, purpose: 'an unknown customer' },
    { operationId: 'listCustomerCards', id: customer, query: { limit: 101 }, auth: true, expectStatus: 400, purpose: 'a limit over 100', invalidOnPurpose: true },
    { operationId: 'listCustomerCards', id: customer, auth: false, expectStatus: 401, purpose: 'no Authorization header' },
    { operationId: 'retrieveTransaction', id: unknownTransaction, auth: true, expectStatus: 404, purpose: 'an unknown transaction' },
    { operationId: 'retrieveTransaction', id: unknownTransaction, auth: false, expectStatus: 401, purpose: 'no Authorization header' },
  ];
  if (transaction) out.push({ operationId: 'retrieveTransaction', id: transaction, auth: true, expectStatus: 200, purpose: 'the given transaction' });
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      customer: { type: 'string' },
      transaction: { type: 'string' },
      'base-url': { type: 'string', default: 'https://api.omise.co' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Nothing is sent before every check below has passed.
  const key = process.env.OMISE_SECRET_KEY;
  if (!key) fail('needs a test secret key in OMISE_SECRET_KEY (skey_test_...); nothing was sent.');
  if (key.startsWith('pkey_')) fail('OMISE_SECRET_KEY holds a public key (pkey_...): a secret test key (skey_test_...) is needed; nothing was sent.');
  if (!/^skey_test_[0-9A-Za-z_]+$/.test(key)) {
    fail('OMISE_SECRET_KEY must be a test key (skey_test_...): this check never runs with a live key; nothing was sent.');
  }
  if (!values.customer) fail('--customer cust_test_... is required: a customer of your test account; nothing was sent.');
  let base: URL;
  try {
    base = new URL(values['base-url']);
  } catch {
    fail(`--base-url is not a URL; nothing was sent.`);
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && LOOPBACK.test(base.hostname))) {
    fail('--base-url must use https (plain http only to this machine, for a stand-in); nothing was sent.');
  }
  const requests = plan(values.customer, values.transaction);
  const findings: Finding[] = [];
  const redact = redactorFor(key);
  const doc = loadSpec();
  const ajv = specAjv(doc);
  const ops = new Map(operations(doc).map((op) => [op.operationId, op]));

  // The request side: the same checks the client makes before sending, generated from the spec.
  const requestViolations = (p: Planned): string[] => {
    try {
      const operation = operationTable[p.operationId]!;
      for (const argument of operation.pathArguments) checkId('id', p.id, argument.rule, 'test');
      checkQuery(operation, p.query);
      return [];
    } catch (error) {
      return p.invalidOnPurpose ? [] : [`request: ${(error as Error).message}`];
    }
  };

  // The answer side: the documented response for the status, its schema by ajv, violations by path.
  const answerViolations = (p: Planned, status: number, text: string): string[] => {
    const op = ops.get(p.operationId);
    const responses = resolveRef(doc, op?.operation.responses) as JsonObject;
    const documented = resolveRef(doc, responses[String(status)] ?? responses.default);
    if (!isObject(documented)) return [`status ${status} is not documented for ${p.operationId}`];
    const media = (documented.content as JsonObject | undefined)?.['application/json'];
    if (!isObject(media)) return [];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`the body is not JSON: ${redact(text.slice(0, 120))}`];
    }
    const validate = compileNode(ajv, media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}${e.params && 'missingProperty' in e.params ? ` (${String(e.params.missingProperty)})` : ''}`);
  };

  async function send(p: Planned): Promise<Finding> {
    const route = ops.get(p.operationId)!.path.replace('{id}', encodeURIComponent(p.id));
    const search = p.query ? `?${new URLSearchParams(Object.entries(p.query).map(([k, v]) => [k, String(v)]))}` : '';
    const request = `GET ${route}${search}${p.auth ? '' : ' (no auth)'}`;
    const headers: Record<string, string> = { accept: 'application/json', 'omise-version': DEFAULT_API_VERSION };
    if (p.auth) headers.authorization = `Basic ${btoa(`${key}:`)}`;
    const finding: Finding = { request, purpose: p.purpose, status: 'no answer', expectStatus: p.expectStatus, violations: requestViolations(p), headers: [] };
    try {
      const response = await fetch(new URL(`${route}${search}`, base), { headers, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
      const text = await response.text();
      finding.status = response.status;
      response.headers.forEach((value, name) => {
        finding.headers.push([name, redact(value)]);
      });
      finding.violations.push(...answerViolations(p, response.status, text));
      if (response.status !== p.expectStatus) finding.violations.push(`status ${response.status}, where the spec leads to expect ${p.expectStatus}`);
    } catch (error) {
      finding.violations.push(`no answer: ${redact((error as Error).message)}`);
    }
    return finding;
  }

  // At most MAX_IN_FLIGHT requests at a time, in the plan's order in the report.
  let next = 0;
  await Promise.all(
    Array.from({ length: MAX_IN_FLIGHT }, async () => {
      while (next < requests.length) {
        const i = next++;
        findings[i] = await send(requests[i]!);
      }
    }),
  );

  const out: string[] = [`contract:live against ${base.origin} with a test key, API version ${DEFAULT_API_VERSION}: ${findings.length} requests, at most ${MAX_IN_FLIGHT} in flight`, ''];
  for (const f of findings) {
    out.push(`${f.violations.length ? '✗' : '✓'} ${f.request} -> ${f.status} (expected ${f.expectStatus}; ${f.purpose})`);
    for (const v of f.violations) out.push(`    violation ${v}`);
    out.push(`    headers: ${f.headers.map(([name, value]) => `${name}: ${value}`).join('; ') || 'none'}`);
  }
  const violations = findings.reduce((n, f) => n + f.violations.length, 0);
  const names = [...new Set(findings.flatMap((f) => f.headers.map(([name]) => name)))].sort();
  out.push('', `Response header names seen: ${names.join(', ') || 'none'}`);
  out.push(violations ? `${violations} violation${violations === 1 ? '' : 's'} of openapi.yaml.` : 'No violation: every request and answer matches openapi.yaml.');
  process.stdout.write(`${out.join('\n')}\n`);
  return violations ? 1 : 0;
}

process.exitCode = await main();
