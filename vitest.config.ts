import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests run against a built site: `npm run test:site` (vitest.site.config.ts).
    exclude: ['test/site/**', 'node_modules/**'],
  },
});
