/**
 * The site tests (`npm run test:site`): a real Chromium reads the built site (`SITE_DIR`, `dist/`
 * by default) served under a sub-path. Files run one after another: each starts its own browser.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts'],
    globalSetup: ['test/site/global-setup.ts'],
    fileParallelism: false,
    // Installing Chromium on a fresh machine happens in the global setup, inside this limit.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
