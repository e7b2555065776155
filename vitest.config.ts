import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two unit-test projects:
// - "lib": the pure core (lib/, rules/, scripts/) in plain Node, without WXT, which proves lib/ needs no browser.
// - "extension": entrypoints and components against WXT's fake browser and fake IndexedDB.
// Browser tests (tests/e2e) have their own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'lib',
          environment: 'node',
          include: ['tests/lib/**/*.test.ts', 'tests/rules/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          restoreMocks: true,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/extension/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          restoreMocks: true,
        },
      },
    ],
  },
});
