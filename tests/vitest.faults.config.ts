import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`, run by CI after `npm test`): builds
// killed in each phase, damaged caches, a full disk, readers during a
// rebuild. Each test builds copies of the site, one after another.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
  root: new URL('..', import.meta.url).pathname,
});
