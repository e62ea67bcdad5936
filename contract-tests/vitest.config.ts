import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// The coverage gate reads what every other contract test recorded, so it runs last, alone.
class GateLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isGate = (f: TestSpecification): boolean => f.moduleId.endsWith('coverage-gate.test.ts');
    return [...sorted.filter((f) => !isGate(f)), ...sorted.filter(isGate)];
  }
}

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['contract-tests/**/*.test.ts'],
    globalSetup: ['contract-tests/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: GateLastSequencer },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
