import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (Playwright) and Firefox ESR (puppeteer-core).
// One file at a time: two cores, and each file starts its own browsers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
