import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from '../support/fixture-archive.ts';

/**
 * The browser project's global setup: builds the fixture archive once per
 * test run, for every browser test file that needs known articles
 * (tests/browser/site.ts), and removes it when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = performance.now();
  const site = await buildFixtureSite();
  console.log(`[fixture archive] built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${site.dist}`);
  project.provide('fixtureSite', site.dist);
  return () => site.remove();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture archive's dist/ (tests/support/fixture-archive.ts). */
    fixtureSite: string;
  }
}
