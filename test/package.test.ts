// The packed tarball, installed into a clean temporary project, used the ways people use it: ESM,
// CommonJS, TypeScript (node16 and bundler resolution), the bin, and a browser bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndPack } from '../scripts/pack.js';
import { startMockServer, type MockServer } from '../src/mock/server.js';
import { MOCK_IDS, TEST_KEY } from './support/fixtures.js';
import { descendants } from './support/processes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

// The named packages and everything they depend on, as installed here.
function runtimeClosure(names: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  names.forEach(visit);
  return [...seen];
}
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let work: string;
let app: string;
let mock: MockServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'omise-openapi-consumer-'));
  app = join(work, 'app');
  // npm pack lists the tarball's contents at its default log level: warnings and errors only here.
  const logLevel = process.env.npm_config_loglevel;
  process.env.npm_config_loglevel = 'warn';
  let tarball: string;
  try {
    tarball = buildAndPack(work);
  } finally {
    if (logLevel === undefined) delete process.env.npm_config_loglevel;
    else process.env.npm_config_loglevel = logLevel;
  }
  cpSync(join(ROOT, 'test/package-consumer'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // npm installs the tarball itself; its dependencies (and undici, the optional peer of
  // omise-openapi/node) are linked from this repository's node_modules, at the versions the lockfile
  // pins, so the test never reaches a registry.
  const links = runtimeClosure(['undici', ...Object.keys(PKG.dependencies)]).map((name) => join(ROOT, 'node_modules', name));
  execFileSync('npm', ['install', tarball, ...links, '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app, stdio: 'ignore' });
  mock = await startMockServer({ log: () => undefined });
}, 180_000);

afterAll(async () => {
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
});

const script = `
  const omise = createOmiseClient({ secretKey: '${TEST_KEY}', baseUrl: process.env.MOCK_URL, validateResponses: true });
  const page = await omise.customers.listCards('${MOCK_IDS.customerWithCards}');
  const trxn = await omise.transactions.retrieve('${MOCK_IDS.transactionCredit}');
  let notFound = false;
  try { await omise.transactions.retrieve('trxn_live_x'); } catch (e) { notFound = e instanceof OmiseValidationError; }
  console.log(JSON.stringify({ cards: page.data.length, amount: trxn.amount, notFound }));
`;

describe('installed from the tarball', () => {
  it('imports with ESM and calls both endpoints', async () => {
    writeFileSync(join(app, 'esm.mjs'), `import { createOmiseClient, OmiseValidationError } from 'omise-openapi';\n${script}`);
    const r = await execa('node', ['esm.mjs'], { cwd: app, env: { MOCK_URL: mock.url } });
    expect(JSON.parse(r.stdout)).toEqual({ cards: 3, amount: 96094, notFound: true });
  });

  it('requires with CommonJS and calls both endpoints', async () => {
    writeFileSync(join(app, 'cjs.cjs'), `const { createOmiseClient, OmiseValidationError } = require('omise-openapi');\n(async () => {${script}})();`);
    const r = await execa('node', ['cjs.cjs'], { cwd: app, env: { MOCK_URL: mock.url } });
    expect(JSON.parse(r.stdout)).toEqual({ cards: 3, amount: 96094, notFound: true });
  });

  it('omise-openapi/node works from ESM and CommonJS', async () => {
    const body = `
      const transport = createNodeTransport();
      const omise = createOmiseClient({ secretKey: '${TEST_KEY}', baseUrl: process.env.MOCK_URL, transport });
      const trxn = await omise.transactions.retrieve('${MOCK_IDS.transactionCredit}');
      await transport.close();
      console.log(trxn.amount);`;
    writeFileSync(join(app, 'node-esm.mjs'), `import { createOmiseClient } from 'omise-openapi';\nimport { createNodeTransport } from 'omise-openapi/node';\n${body}`);
    writeFileSync(join(app, 'node-cjs.cjs'), `const { createOmiseClient } = require('omise-openapi');\nconst { createNodeTransport } = require('omise-openapi/node');\n(async () => {${body}})();`);
    for (const file of ['node-esm.mjs', 'node-cjs.cjs']) {
      const r = await execa('node', [file], { cwd: app, env: { MOCK_URL: mock.url } });
      expect(r.stdout.trim()).toBe('96094');
    }
  });

  it('omise-openapi/testing answers in-process from ESM and CommonJS', async () => {
    const body = `
      const omise = createOmiseClient({ secretKey: MOCK_SECRET_KEY, fetch: createMockFetch() });
      let cards = 0;
      for await (const _card of omise.customers.listAllCards(MOCK_IDS.customerWithManyCards)) cards++;
      const missing = await omise.transactions.retrieve('trxn_test_unknown000').catch((e) => e.name);
      console.log(JSON.stringify({ cards, missing }));`;
    const names = 'createMockFetch, MOCK_IDS, MOCK_SECRET_KEY';
    writeFileSync(join(app, 'testing-esm.mjs'), `import { createOmiseClient } from 'omise-openapi';\nimport { ${names} } from 'omise-openapi/testing';\n${body}`);
    writeFileSync(join(app, 'testing-cjs.cjs'), `const { createOmiseClient } = require('omise-openapi');\nconst { ${names} } = require('omise-openapi/testing');\n(async () => {${body}})();`);
    for (const file of ['testing-esm.mjs', 'testing-cjs.cjs']) {
      const r = await execa('node', [file], { cwd: app });
      expect(JSON.parse(r.stdout)).toEqual({ cards: 250, missing: 'OmiseNotFoundError' });
    }
  });

  it('ships the spec and a working bin', async () => {
    const r = await execa(join(app, 'node_modules/.bin/omise-openapi'), ['--base-url', mock.url, 'transaction', MOCK_IDS.transactionCredit, '--json'], {
      cwd: app,
      env: { OMISE_SECRET_KEY: TEST_KEY },
    });
    expect(JSON.parse(r.stdout).direction).toBe('credit');
    const specText = execFileSync('node', ['-e', "process.stdout.write(require('fs').readFileSync(require.resolve('omise-openapi/openapi.yaml'),'utf8').slice(0,400))"], { cwd: app, encoding: 'utf8' });
    expect(specText).toMatch(/^openapi: 3.1.0$/m);
  });

  // The slowest check here (the package's types with skipLibCheck off, and the DOM's): one tsc process
  // for both resolutions (`tsc -b` shares what the two programs have in common), each program holding
  // the consumer, which must compile, and type-error.ts, which must not.
  it('typechecks a consumer using every export under node16 and bundler resolution, and rejects a type error', async () => {
    const resolutions = {
      node16: { module: 'node16', moduleResolution: 'node16' },
      bundler: { module: 'esnext', moduleResolution: 'bundler' },
    };
    const configs = Object.entries(resolutions).map(([name, resolution]) => {
      const compilerOptions = { strict: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], noEmit: true, skipLibCheck: false, types: [], ...resolution };
      writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ['consumer.ts', 'type-error.ts'] }));
      return `tsconfig.${name}.json`;
    });
    const r = await execa('node', [TSC, '-b', ...configs, '--verbose', '--pretty', 'false'], { cwd: app, reject: false });
    // --verbose announces each project before its diagnostics: "Building project '/…/tsconfig.node16.json'...".
    const errorsBy: Record<string, string[]> = {};
    let current: string[] = [];
    for (const line of r.stdout.split('\n')) {
      const building = /Building project '.*[/\\](tsconfig\.\w+\.json)'/.exec(line);
      if (building) {
        current = [];
        errorsBy[building[1]!] = current;
      } else if (/: error TS\d+:/.test(line)) current.push(line);
    }
    const expected = [expect.stringMatching(/^type-error\.ts\(\d+,\d+\): error TS2322: Type '"newest"' is not assignable/)];
    expect(errorsBy, r.stdout).toEqual({ 'tsconfig.node16.json': expected, 'tsconfig.bundler.json': expected });
    expect(r.exitCode).not.toBe(0);
  }, 120_000);
});

// A partner team with the package alone: `npx omise-openapi mock` from the installed tarball (no
// dev dependencies, no clone), asked with the README's snippets: Omise's curl samples, Python's
// standard library, and the official omise SDK running Omise's Node.js sample through the proxy trick.
describe('npx omise-openapi mock, from the installed package', () => {
  let child: ResultPromise;
  let url = '';
  const snippet = (name: string): string => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const at = readme.indexOf(`<!-- partner:${name} -->`);
    const block = /```\w*\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
    if (at === -1 || block === undefined) throw new Error(`README.md has no partner:${name} snippet`);
    return block.replaceAll('http://127.0.0.1:4010', url);
  };

  beforeAll(async () => {
    child = execa('npx', ['--offline', 'omise-openapi', 'mock', '--port', '0'], { cwd: app, reject: false, buffer: false, cleanup: true, forceKillAfterDelay: 3000, env: { npm_config_loglevel: 'error' } });
    url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const found = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
        if (found && seen.includes('Ctrl-C or SIGTERM to stop')) resolve(found);
      });
      void child.then((r) => reject(new Error(`the mock exited (${r.exitCode}): ${seen}`)));
    });
  }, 60_000);
  // npx runs the bin as a child of its own: the mock is stopped first, then npx ends with it.
  afterAll(async () => {
    for (const pid of child?.pid ? descendants(child.pid) : []) process.kill(pid, 'SIGTERM');
    child?.kill('SIGTERM');
    await child;
  });

  it("Omise's curl samples", async () => {
    const r = await execa('bash', ['-c', snippet('curl').replace(/\\\n\s*/g, ' ').replace(/^curl /gm, 'curl -s -w "\\n" ')], { cwd: app });
    const [cards, transaction] = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { data?: Array<{ last_digits: string }> });
    expect(cards?.data?.map((c) => c.last_digits)).toEqual(['4242', '4444']);
    expect(transaction).toMatchObject({ object: 'transaction', id: MOCK_IDS.omiseDocsTransaction, amount: 100000 });
  });

  it("Python's HTTPBasicAuthHandler, which sends the key only once challenged", async () => {
    const r = await execa('python3', ['-'], { input: snippet('python'), cwd: app });
    expect(r.stdout.trim()).toBe("['4242', '4444']");
  });

  it("the official omise SDK running Omise's Node.js sample, with the mock as its proxy", async () => {
    const source = snippet('node');
    const env = /^\/\/ (.+) node sample\.js$/m.exec(source)![1]!.split(' ').map((pair) => pair.split('=') as [string, string]);
    writeFileSync(join(app, 'sample.cjs'), source);
    // The SDK is this repository's development dependency: the partner's own install, here.
    const r = await execa('node', ['sample.cjs'], { cwd: app, env: { ...Object.fromEntries(env), NODE_PATH: join(ROOT, 'node_modules') } });
    expect(r.stdout.trim()).toBe('2 100000');
  });

  it('serves the spec it ships, byte for byte', async () => {
    const served = await (await fetch(`${url}/openapi.yaml`)).text();
    expect(served).toBe(readFileSync(join(app, 'node_modules/omise-openapi/openapi.yaml'), 'utf8'));
    expect(served).toBe(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8'));
  });
});

// Every TypeScript block of README.md and docs/, each on its own, type-checked against the installed
// package as a strict consumer would (exactOptionalPropertyTypes, noUncheckedIndexedAccess); a block
// followed by a ```text block runs against the package's mock and must print exactly that.
describe('the TypeScript of README.md and docs/', () => {
  const documents = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const blocks = documents.flatMap((document) => {
    const text = readFileSync(join(ROOT, document), 'utf8');
    return [...text.matchAll(/```ts\n([\s\S]*?)```\n(?:\n```text\n([\s\S]*?)```)?/g)].map((m) => ({
      where: `${document}:${text.slice(0, m.index).split('\n').length}`,
      source: m[1]!,
      output: m[2],
    }));
  });
  const fileOf = (where: string): string => `${where.replace(/[^A-Za-z0-9]+/g, '-')}.ts`;

  beforeAll(() => {
    const dir = join(app, 'doc-examples');
    mkdirSync(dir, { recursive: true });
    // Each block a module of its own: nothing one block declares is seen by another.
    for (const block of blocks) writeFileSync(join(dir, fileOf(block.where)), `${block.source}\nexport {};\n`);
    const compilerOptions = {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      noEmit: true,
      skipLibCheck: true,
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  });

  it('there are blocks to check, some of them runnable', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((b) => b.output !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('each block type-checks on its own under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess', async () => {
    const r = await execa('node', [TSC, '-p', 'doc-examples/tsconfig.json', '--pretty', 'false'], { cwd: app, reject: false });
    expect(r.stdout + r.stderr).toBe('');
  }, 120_000);

  it('each runnable block prints what the text says', async () => {
    for (const block of blocks.filter((b) => b.output !== undefined)) {
      const r = await execa(join(ROOT, 'node_modules/.bin/tsx'), [join('doc-examples', fileOf(block.where))], { cwd: app, reject: false, env: { OMISE_SECRET_KEY: undefined }, extendEnv: true });
      expect(r.stderr, block.where).toBe('');
      expect(r.stdout.trim(), block.where).toBe(block.output!.trim());
    }
  }, 120_000);
});

describe('bundled for the browser', () => {
  it('pulls in no Node built-in, and reports its size', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'dist/index.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      splitting: true,
      outdir: join(work, 'browser'),
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imported.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('openapi-fetch'))).toBe(true);
    const main = result.outputFiles.find((f) => f.path.endsWith('index.js'));
    const gz = gzipSync(main!.contents).length;
    console.log(`browser bundle (with openapi-fetch, without the lazy validators): ${main!.contents.length} B min, ${gz} B min+gzip`);
    expect(gz).toBeGreaterThan(1000);
  });
});
