import { defineConfig } from 'vitest/config';

// Tests are split by what they need: `unit` runs pure modules (no Astro, no
// browser) and sits beside the code; `build` runs `astro build` on copies of
// the site; `browser` drives a real Chromium against built sites: the fixture
// archive of five known articles (built once per run by its global setup) and
// the real content in dist/.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'tests/unit/**/*.test.ts',
            'tests/support/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, maxConcurrency: 2 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/fixture-site.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser and one server for all browser tests: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
  root: new URL('..', import.meta.url).pathname,
});
