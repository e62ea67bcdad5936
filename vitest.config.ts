import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loopback servers and retries with tiny delays: generous per-test limit, no timing asserts.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
