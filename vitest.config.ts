// One vitest configuration, three projects, run in this order by `npm test` (one vitest process):
//   unit         test/: the client against real loopback servers, the spec's examples, the package;
//   contract     contract-tests/: the client against two Prism mocks of openapi.yaml;
//   reliability  test/reliability/: fault matrix, memory, properties, secrets, load; writes
//                reports/RELIABILITY.md (git-ignored).
// One project alone: `npm run test:unit` (or test:contract, test:reliability), i.e. `vitest run --project <name>`.
//
// Time limits are safety nets against a hang, not measurements: they are set for a busy 2-core machine
// (the suite must pass while another process takes the CPU), so a slow machine fails no test.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// The coverage gate reads what every other contract test recorded, so it runs last, alone (the contract
// project runs one file at a time). A sequencer is a setting of the whole run, not of a project.
// What gives the same answer on every Node (the generator, the spec's own checks, the layout of
// src/): scripts/test-nodes.sh sets OMISE_CLIENT_SUITES_ONLY to run the client's suites alone on the
// other Node versions; `npm test` runs everything.
const SAME_ON_EVERY_NODE = ['test/generality.test.ts', 'test/generated.test.ts', 'test/spec-diff.test.ts', 'test/spec-examples.test.ts', 'test/recorded-bodies.test.ts', 'test/architecture.test.ts', 'test/ci-workflow.test.ts'];
const clientSuitesOnly = process.env.OMISE_CLIENT_SUITES_ONLY === '1';

class GateLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isGate = (f: TestSpecification): boolean => f.moduleId.endsWith('contract-tests/coverage-gate.test.ts');
    return [...sorted.filter((f) => !isGate(f)), ...sorted.filter(isGate)];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: GateLastSequencer },
    // Many tests start a process (the CLI, the mock, tsc) and take a second or more by design; list a
    // test as slow only when it is far out of line, so the output is the summary, not a list of timings.
    slowTestThreshold: 10_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // The reliability suite is a project of its own, with its report.
          exclude: ['test/reliability/**', '**/node_modules/**', ...(clientSuitesOnly ? SAME_ON_EVERY_NODE : [])],
          // Loopback servers, child processes (the CLI, tsc, npm pack) and retries with tiny delays:
          // generous limits, and no assertion on how fast the machine is.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['contract-tests/**/*.test.ts'],
          // Starts the two Prism mocks once for the project, and stops them after the run.
          globalSetup: ['contract-tests/global-setup.ts'],
          // Files share the Prism mocks and the coverage record: one at a time, the gate last.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          // Gathers each file's section of the report and writes reports/RELIABILITY.md after the run.
          globalSetup: ['test/reliability/global-setup.ts'],
          // Runs after the others, so its memory and load figures are not shared with unrelated work.
          // 10 000 property runs or 1 000 concurrent calls take seconds on a quiet machine, more on a
          // busy one.
          testTimeout: 180_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
