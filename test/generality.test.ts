// The promise of spec-first, tested: a copy of openapi.yaml with two operations the product does not
// ship (a retrieve by id and an offset-paginated list, test/support/extended-spec.ts), generated into a
// folder beside an unedited copy of src/, gives a typed client method for each, answers from both
// mocks, CLI commands, an API reference and contract cases, with no hand-written line.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type PrismServer } from '../contract-tests/support/prism.js';
import { contractCases, specValidators } from '../contract-tests/support/spec-cases.js';
import { MOCK_SECRET_KEY } from '../src/testing/fixtures.js';
import { NEW_DISPUTE_ID, OTHER_DISPUTE_ID, extendedSpec } from './support/extended-spec.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'omise-generality-'));
const inDir = (...parts: string[]): string => join(dir, ...parts);
const run = (args: string[], timeout = 120_000) => execa(process.execPath, ['--import', 'tsx', ...args], { cwd: dir, reject: false, timeout, env: { OMISE_SECRET_KEY: undefined }, extendEnv: true });

// Every file under a folder, by its path inside it, with its text.
function files(root: string, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(root, at), { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) for (const [name, text] of files(root, path)) out.set(name, text);
    else out.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return out;
}

let generation: Awaited<ReturnType<typeof run>>;
beforeAll(async () => {
  for (const name of ['src', 'scripts']) cpSync(join(ROOT, name), inDir(name), { recursive: true });
  for (const name of ['tsconfig.json', 'package.json']) cpSync(join(ROOT, name), inDir(name));
  symlinkSync(join(ROOT, 'node_modules'), inDir('node_modules'), 'dir');
  cpSync(join(ROOT, 'test/generality/exercise.ts'), inDir('exercise.ts'));
  writeFileSync(inDir('openapi.yaml'), extendedSpec());
  generation = await run(['scripts/generate.ts']);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('npm run generate derives the two operations, and src/ is the shipped one, unedited', () => {
  expect(generation.stderr).toBe('');
  expect(generation.exitCode).toBe(0);
  const types = readFileSync(inDir('generated/public-types.ts'), 'utf8');
  for (const signature of [
    'retrieve(disputeId: string, options?: RequestOptions): OmisePromise<Dispute>;',
    'retrieveMany(disputeIds: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<DisputeRetrieveResult>;',
    'list(params?: ListParams, options?: RequestOptions): OmisePromise<DisputeList>;',
    'listAll(options?: ListAllOptions): DisputeIterator;',
    // What was there stays as it was.
    'listCards(customerId: string, params?: ListCardsParams, options?: RequestOptions): OmisePromise<CardList>;',
    'retrieveMany(transactionIds: Iterable<string>, options?: RetrieveManyOptions): AsyncIterable<RetrieveResult>;',
  ]) {
    expect(types).toContain(signature);
  }
  // TSDoc from the spec: the summary, and one @throws per error response.
  expect(types).toMatch(/Retrieve one dispute\. `GET \/disputes\/\{id\}`\.[\s\S]*?@throws \{@link OmiseNotFoundError\} \(404\) No such dispute for this key\./);
  const reference = readFileSync(inDir('docs/api.md'), 'utf8');
  expect(reference).toContain('### `disputes.retrieve(disputeId, options?)`');
  expect(reference).toContain('### `disputes.listAll(options?)`');
  expect(files(inDir('src'))).toEqual(files(join(ROOT, 'src')));
});

it('the generated client type-checks under strict, with the exercise using its new types', async () => {
  const tsc = await execa(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: dir, reject: false, timeout: 180_000 });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.exitCode).toBe(0);
}, 200_000);

describe('through the client, against both mocks', () => {
  let result: Record<'inProcess' | 'overHttp', Record<string, unknown>>;
  beforeAll(async () => {
    const r = await run(['exercise.ts', NEW_DISPUTE_ID, OTHER_DISPUTE_ID]);
    expect(r.stderr).toBe('');
    result = JSON.parse(r.stdout) as typeof result;
  }, 120_000);

  it.each(['inProcess', 'overHttp'] as const)('%s: typed calls, validation before send, 404, withResponse, listAll, retrieveMany', (face) => {
    expect(result[face]).toEqual({
      dispute: { object: 'dispute', id: NEW_DISPUTE_ID, livemode: false, location: `/disputes/${NEW_DISPUTE_ID}`, amount: 100000, currency: 'THB', status: 'open', reason_message: null, created_at: '2024-02-01T08:00:00Z' },
      withResponse: { same: true, status: 200 },
      notFound: { status: 404, code: 'not_found', message: 'dispute dspt_test_nosuchdispute0000 was not found' },
      malformed: 'disputeId',
      badLimit: expect.stringMatching(/^limit must be a whole number from 1 to 100; got 500\.$/),
      unknownParam: 'colour',
      refusedWithoutSending: true,
      page: { ids: [OTHER_DISPUTE_ID], total: 2, limit: 1 },
      all: [NEW_DISPUTE_ID, OTHER_DISPUTE_ID],
      total: 2,
      batch: ['open', 'not_found', 'won'],
      transaction: expect.stringMatching(/^trxn_test_/),
      cards: 3,
    });
  });
});

describe('the CLI', () => {
  const cli = (args: string[]) => run(['src/cli/main.ts', '--mock', ...args], 60_000);

  it('disputes retrieve, list, list-all and retrieve-many are commands, with flags from the parameters', async () => {
    const one = await cli(['disputes', 'retrieve', NEW_DISPUTE_ID, '--format', 'json']);
    expect(one.exitCode).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ id: NEW_DISPUTE_ID, status: 'open' });
    const page = await cli(['disputes', 'list', '--limit', '1', '--format', 'csv']);
    expect(page.exitCode).toBe(0);
    expect(page.stdout.split('\r\n').slice(0, 2)).toEqual(['object,id,livemode,location,amount,currency,status,reason_message,created_at', `dispute,${NEW_DISPUTE_ID},false,/disputes/${NEW_DISPUTE_ID},100000,THB,open,,2024-02-01T08:00:00Z`]);
    const all = await cli(['disputes', 'list-all', '--page-size', '1', '--format', 'json']);
    expect((JSON.parse(all.stdout) as Array<{ id: string }>).map((c) => c.id)).toEqual([NEW_DISPUTE_ID, OTHER_DISPUTE_ID]);
    const many = await cli(['disputes', 'retrieve-many', NEW_DISPUTE_ID, 'dspt_test_nosuchdispute0000', '--format', 'csv']);
    expect(many.exitCode).toBe(6);
    expect(many.stdout.split('\r\n').slice(1, 3).map((row) => row.split(',').slice(0, 2).join(','))).toEqual([`${NEW_DISPUTE_ID},ok`, 'dspt_test_nosuchdispute0000,not_found']);
    const refused = await cli(['disputes', 'list', '--limit', '500']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/--limit must be a whole number from 1 to 100/);
    const help = await cli(['disputes', '--help']);
    for (const line of [/^ {2}retrieve \[options\] <disputeId> +Retrieve one dispute$/m, /^ {2}retrieve-many \[options\] \[ids\.\.\.\] /m, /^ {2}list \[options\] +List the disputes$/m, /^ {2}list-all \[options\] /m]) {
      expect(help.stdout).toMatch(line);
    }
  }, 120_000);
});

describe('the contract cases of the extended spec, against Prism on it and our mock', () => {
  const specPath = inDir('openapi.yaml');
  let prism: PrismServer | undefined;
  let mock: ResultPromise | undefined;
  let mockUrl = '';
  beforeAll(async () => {
    prism = await startPrism({ specPath });
    mock = execa(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'mock', '--port', '0'], { cwd: dir, reject: false, buffer: false, stdout: 'pipe', stderr: 'inherit', cleanup: true, forceKillAfterDelay: 3000 });
    mockUrl = await new Promise<string>((resolve, reject) => {
      let seen = '';
      mock!.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
        if (url) resolve(url);
      });
      void mock!.then(() => reject(new Error(`the mock exited: ${seen}`)));
    });
  }, 120_000);
  afterAll(async () => {
    await prism?.stop();
    mock?.kill('SIGTERM');
    await mock;
  });

  it('every (operation, status) of the new operations: the declared status, a body of its schema, the example itself', async () => {
    const cases = contractCases(specPath).filter((c) => c.operationId === 'retrieveDispute' || c.operationId === 'listDisputes');
    expect([...new Set(cases.map((c) => `${c.operationId} ${c.status}`))].sort()).toEqual(
      ['listDisputes 200', 'listDisputes 400', 'listDisputes 401', 'listDisputes 429', 'listDisputes 500', 'retrieveDispute 200', 'retrieveDispute 401', 'retrieveDispute 404', 'retrieveDispute 429', 'retrieveDispute 500'],
    );
    const validator = specValidators(specPath);
    for (const base of [prism!.url, mockUrl]) {
      for (const c of cases) {
        const res = await fetch(`${base}${c.path}`, { headers: { authorization: `Basic ${btoa(`${MOCK_SECRET_KEY}:`)}`, prefer: c.prefer } });
        expect(res.status, `${base} ${c.operationId} ${c.prefer}`).toBe(c.status);
        const text = await res.text();
        if (c.schema === null) continue;
        const body: unknown = JSON.parse(text);
        const validate = validator(c.schema);
        expect(validate(body), `${base} ${c.operationId} ${c.prefer}: ${JSON.stringify(validate.errors)}`).toBe(true);
        // Asked with the example's own ids: the example itself, errors included.
        expect(body, `${base} ${c.operationId} ${c.prefer}`).toEqual(c.body);
      }
    }
  }, 120_000);
});
