// The GitHub workflow users copy runs what CI runs: it parses, watches the spec and the code made from
// it, reads the repository only, and runs .ci/run, whose commands are the spec lint, the staleness
// check, the tests and spec:diff.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

interface Step {
  uses?: string;
  run?: string;
}
interface Workflow {
  on: Record<'push' | 'pull_request', { paths: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(read('.github/workflows/spec.yml'), { uniqueKeys: true, prettyErrors: true }) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

it('runs on every push and pull request that changes the spec, generated/ or the code', () => {
  for (const event of ['push', 'pull_request'] as const) {
    expect(workflow.on[event].paths).toEqual(expect.arrayContaining(['openapi.yaml', 'generated/**', 'src/**', 'package-lock.json', '.ci/run']));
  }
});

it('reads the repository and posts nothing: read-only token, no action but checkout and setup-node', () => {
  expect(workflow.permissions).toEqual({ contents: 'read' });
  const actions = steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
  expect(actions).toEqual(['actions/checkout', 'actions/setup-node']);
});

it('runs .ci/run and nothing else, so CI and the workflow cannot drift apart', () => {
  expect(steps.flatMap((step) => (step.run ? [step.run.trim()] : []))).toEqual(['bash .ci/run']);
});

it('.ci/run installs from the lockfile, runs npm test, the client suites on Node 22 and 24, and spec:diff; npm test lints the spec and fails on a stale generated/', () => {
  const commands = read('.ci/run')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npm '));
  expect(commands).toEqual(['npm ci --no-audit --no-fund', 'npm test', 'npm run test:nodes', 'npm run spec:diff']);
  expect(read('scripts/test-nodes.sh')).toMatch(/OMISE_TEST_NODES:-22 24/);
  const test = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.test ?? '';
  for (const step of ['npm run lint:spec', 'npm run check:generated', 'npm run typecheck']) expect(test).toContain(step);
});
