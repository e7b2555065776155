import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi)
// against the built extension in .output/. One file at a time: two browsers on two cores is the most this machine takes.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
