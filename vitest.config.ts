import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The reliability suite has its own run (npm run test:reliability) and report.
    exclude: ['test/reliability/**', '**/node_modules/**'],
    // Loopback servers and retries with tiny delays: generous per-test limit, no timing asserts.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
