// spec:diff on pairs of specs: the real openapi.yaml and a copy with one change of each kind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffSpecs, versionIncreased } from '../scripts/spec-diff/classify.js';
import { loadSpec, type JsonObject } from '../scripts/spec.js';

const base = loadSpec();
type Mutation = (doc: JsonObject) => void;
const o = (x: unknown): JsonObject => x as JsonObject;
const paths = (d: JsonObject) => o(d.paths);
const cards = (d: JsonObject) => o(o(paths(d)['/customers/{id}/cards']).get);
const trxn = (d: JsonObject) => o(o(paths(d)['/transactions/{id}']).get);
const schemas = (d: JsonObject) => o(o(d.components).schemas);
const props = (d: JsonObject, name: string) => o(o(schemas(d)[name]).properties);
const param = (op: JsonObject, name: string) => (op.parameters as JsonObject[]).find((p) => p.name === name)!;

function pair(mutate: Mutation, prepare: Mutation = () => undefined) {
  const before = structuredClone(base);
  prepare(before);
  const head = structuredClone(before);
  mutate(head);
  return diffSpecs(before, head);
}

describe('breaking changes', () => {
  // The kind the diff must report, what was changed (the same kind can come from a request or an answer).
  const cases: Array<[string, string, Mutation]> = [
    ['path-removed', 'GET /transactions/{id} removed', (d) => delete paths(d)['/transactions/{id}']],
    ['operation-removed', 'the GET of /transactions/{id} removed', (d) => delete o(paths(d)['/transactions/{id}']).get],
    ['response-removed', 'the 404 of listCustomerCards removed', (d) => delete o(cards(d).responses)['404']],
    ['property-removed', 'Transaction.origin removed', (d) => delete props(d, 'Transaction').origin],
    ['required-parameter-added', 'a required query parameter added', (d) => (cards(d).parameters as unknown[]).push({ name: 'account', in: 'query', required: true, schema: { type: 'string' } })],
    ['parameter-now-required', 'limit made required', (d) => (param(cards(d), 'limit').required = true)],
    ['parameter-removed', 'the to parameter removed', (d) => (cards(d).parameters = (cards(d).parameters as JsonObject[]).filter((p) => p.name !== 'to'))],
    ['enum-narrowed', 'a value removed from the order parameter', (d) => (o(schemas(d).ListOrder).enum = ['chronological'])],
    ['enum-widened', 'a value added to Transaction.direction (an answer)', (d) => (props(d, 'Transaction').direction = { type: 'string', enum: ['credit', 'debit', 'neutral'] })],
    ['type-changed', 'the limit parameter from integer to string', (d) => (param(cards(d), 'limit').schema = { type: 'string' })],
    ['type-widened', 'Transaction.amount may be null (an answer)', (d) => (props(d, 'Transaction').amount = { type: ['integer', 'null'] })],
    ['type-changed', 'Transaction.amount from integer to string', (d) => (props(d, 'Transaction').amount = { type: 'string' })],
    ['pattern-changed', 'the customer id pattern', (d) => (o(schemas(d).CustomerId).pattern = '^cus_[0-9a-z]+$')],
    ['property-now-optional', 'Transaction.key no longer required (an answer)', (d) => (o(schemas(d).Transaction).required = (o(schemas(d).Transaction).required as string[]).filter((r) => r !== 'key'))],
    ['range-narrowed', 'the limit maximum from 100 to 50', (d) => (o(param(cards(d), 'limit').schema).maximum = 50)],
  ];
  it.each(cases)('%s: %s', (kind, _change, mutate) => {
    const diff = pair(mutate);
    expect(diff.breaking.map((c) => c.kind)).toContain(kind);
  });

  it('type-narrowed in a request (a nullable parameter no longer takes null)', () => {
    const diff = pair(
      (d) => (param(cards(d), 'from').schema = { type: 'string', format: 'date-time' }),
      (d) => (param(cards(d), 'from').schema = { type: ['string', 'null'], format: 'date-time' }),
    );
    expect(diff.breaking.map((c) => c.kind)).toEqual(['type-narrowed']);
  });
});

describe('non-breaking changes', () => {
  const cases: Array<[string, string, Mutation]> = [
    ['path-added', '/charges/{id} added', (d) => (paths(d)['/charges/{id}'] = { get: { operationId: 'x', responses: { '200': { description: 'ok' } } } })],
    ['operation-added', 'a DELETE of /transactions/{id} added', (d) => (o(paths(d)['/transactions/{id}']).delete = { operationId: 'y', responses: { '200': { description: 'ok' } } })],
    ['parameter-added', 'an optional query parameter added', (d) => (cards(d).parameters as unknown[]).push({ name: 'expand', in: 'query', required: false, schema: { type: 'boolean' } })],
    ['response-added', 'a 502 of retrieveTransaction added', (d) => (o(trxn(d).responses)['502'] = o(trxn(d).responses)['503'])],
    ['property-added', 'Transaction.description added', (d) => (props(d, 'Transaction').description = { type: 'string' })],
    ['enum-widened', 'a value added to the order parameter (a request)', (d) => (param(cards(d), 'order').schema = { type: 'string', enum: ['chronological', 'reverse_chronological', 'random'] })],
    ['enum-narrowed', 'a value removed from Transaction.direction (an answer)', (d) => (props(d, 'Transaction').direction = { type: 'string', enum: ['credit'] })],
    ['range-widened', 'the limit maximum from 100 to 200', (d) => (o(param(cards(d), 'limit').schema).maximum = 200)],
  ];
  it.each(cases)('%s: %s', (kind, _change, mutate) => {
    const diff = pair(mutate);
    expect(diff.breaking).toEqual([]);
    expect(diff.nonBreaking.map((c) => c.kind)).toContain(kind);
  });

  it('an unchanged spec has no changes; prose changes are not API changes', () => {
    expect(pair(() => undefined)).toEqual({ breaking: [], nonBreaking: [] });
    expect(pair((d) => (o(d.info).description = 'new words'))).toEqual({ breaking: [], nonBreaking: [] });
  });
});

it('versionIncreased compares numerically', () => {
  expect(versionIncreased('1.9.0', '1.10.0')).toBe(true);
  expect(versionIncreased('1.0.0', '2.0.0')).toBe(true);
  expect(versionIncreased('1.0.0', '1.0.0')).toBe(false);
  expect(versionIncreased('2.0.0', '1.9.9')).toBe(false);
});

describe('npm run spec:diff against a git ref', () => {
  const script = fileURLToPath(new URL('../scripts/spec-diff.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

  async function inRepo(change: Mutation, args: string[] = ['HEAD'], commitChange = false) {
    const dir = mkdtempSync(join(tmpdir(), 'omise-spec-diff-'));
    try {
      const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
      run('init', '-q', '-b', 'main');
      run('config', 'user.email', 't@example.com');
      run('config', 'user.name', 't');
      writeFileSync(join(dir, 'openapi.yaml'), stringify(base));
      run('add', '.');
      run('commit', '-qm', 'base');
      const head = structuredClone(base);
      change(head);
      writeFileSync(join(dir, 'openapi.yaml'), stringify(head));
      if (commitChange) run('commit', '-qam', 'change');
      return await execa(process.execPath, [tsx, script, ...args], { cwd: dir, reject: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('a breaking change without a version bump fails, naming the change', async () => {
    const r = await inRepo((d) => delete props(d, 'Card').fingerprint);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Breaking changes \(1\):\n {2}- \[property-removed\] GET \/customers\/\{id\}\/cards 200\.data\[\]\.fingerprint/);
    expect(r.stderr).toMatch(/bump/);
  });

  it('the same change with info.version bumped passes', async () => {
    let from = '';
    let to = '';
    const r = await inRepo((d) => {
      delete props(d, 'Card').fingerprint;
      from = String(o(d.info).version);
      to = `${Number(from.split('.')[0]) + 1}.0.0`;
      o(d.info).version = to;
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`info.version: ${from} -> ${to}`);
  });

  it('on main with no ref: an uncommitted change is compared with the last commit, and it says so', async () => {
    const r = await inRepo((d) => delete props(d, 'Card').fingerprint, []);
    expect(r.stdout).toMatch(/^spec:diff openapi\.yaml against HEAD \(\w{12}\), the last commit: openapi\.yaml has uncommitted changes$/m);
    expect(r.stdout).toMatch(/Breaking changes \(1\)/);
  });

  it('on main with no ref and nothing uncommitted: the last commit is compared with the one before, and it says so', async () => {
    const r = await inRepo((d) => delete props(d, 'Card').fingerprint, [], true);
    expect(r.stdout).toMatch(/^spec:diff openapi\.yaml against HEAD~1 \(\w{12}\), the commit before the last/m);
    expect(r.stdout).toMatch(/Breaking changes \(1\)/);
  });

  it('non-breaking changes pass without a bump', async () => {
    const r = await inRepo((d) => (props(d, 'Transaction').description = { type: 'string' }));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Non-breaking changes \(1\)/);
  });
});
