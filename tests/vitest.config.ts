import { defineConfig } from 'vitest/config';
import { SHARD_SIZE_VARIABLE } from '../src/search/shard-plan.ts';

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
      {
        // The search's browser tests again, unchanged, on the fixture archive with its search index in shards
        // of two articles (three shards; search-variants.test.ts builds its site of 16 articles in eight), and
        // the tests of the shards themselves. Not search-measure.test.ts: it checks the benchmark's count of
        // the files of one index, /pagefind/fragment/.
        extends: true,
        test: {
          name: 'browser-shards',
          include: [
            'tests/browser/search-page.test.ts',
            'tests/browser/search-relevance.test.ts',
            'tests/browser/search-variants.test.ts',
            'tests/browser/csp.test.ts',
            'tests/browser/accessibility.test.ts',
          ],
          env: { [SHARD_SIZE_VARIABLE]: '2' },
          globalSetup: ['tests/browser/fixture-site.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
  root: new URL('..', import.meta.url).pathname,
});
