import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests run against a built site: `npm run test:site` (vitest.site.config.ts).
    exclude: ['test/site/**', 'node_modules/**'],
    // Command tests start Node processes that run the whole pipeline: on a busy two-core machine
    // one can take more than vitest's default 5 s without anything being wrong.
    testTimeout: 60_000,
  },
});
