import type { TestProject } from 'vitest/node';
import { SHARD_SIZE_VARIABLE } from '../../src/search/shard-plan.ts';
import { buildFixtureSite } from '../support/fixture-archive.ts';

/**
 * The browser projects' global setup: builds the fixture archive once per
 * test run, for every browser test file that needs known articles
 * (tests/browser/site.ts), and removes it when the run ends. A project whose
 * environment sets a shard size (tests/vitest.config.ts, browser-shards)
 * gets the fixture archive with its search index in shards of that size.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = performance.now();
  const shardSize = project.config.env?.[SHARD_SIZE_VARIABLE];
  const site = await buildFixtureSite(shardSize === undefined ? {} : { [SHARD_SIZE_VARIABLE]: String(shardSize) });
  const shards = shardSize === undefined ? '' : `, search index in shards of ${shardSize}`;
  console.log(
    `[fixture archive${shards}] built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${site.dist}`,
  );
  project.provide('fixtureSite', site.dist);
  return () => site.remove();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture archive's dist/ (tests/support/fixture-archive.ts). */
    fixtureSite: string;
  }
}
