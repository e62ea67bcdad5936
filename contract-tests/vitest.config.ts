import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['contract-tests/**/*.test.ts'],
    globalSetup: ['contract-tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
