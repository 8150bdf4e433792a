import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/fast-check.setup.ts'],
    testTimeout: 60_000,
    // The content script styles its randomly named highlights from highlights.css?raw (entrypoints/content/paint.ts).
    css: { include: [/highlights\.css/] },
  },
});
