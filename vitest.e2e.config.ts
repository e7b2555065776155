import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi)
// against the built extension in .output/, some against the real local WordPress and Roundcube; and the tests of
// those services themselves (tests/services: HTTP, SMTP, IMAP, database). The services must be running
// (`bash scripts/services/up.sh`, as root; .ci/run does it). One file at a time: two browsers on two cores is the
// most this machine takes.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts', 'tests/services/**/*.test.ts'],
    // The real WordPress and Roundcube, started when they are down (tests/e2e/support/global-setup.ts).
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
