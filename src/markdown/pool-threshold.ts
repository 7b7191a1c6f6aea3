/**
 * Where the articles loader renders: on the Markdown pool's worker threads
 * (render-pool.ts) or on its own thread. Apart from the pool, so that
 * `npm run build` can check the setting before it builds without loading the
 * renderer.
 */

/**
 * From this many articles to render, the pool renders them; below, the
 * loader renders them on its own thread. The pool pays for its start: each
 * worker loads the unified pipeline, and on two cores the two workers did so
 * while competing with each other and the loader. Rendering the generated
 * articles alone (docs/benchmarks.md, "The Markdown pool from 2,000
 * articles"): 1,000 took 2.7-2.9 s on two workers against 2.4-2.6 s on one
 * thread, 2,000 about as long either way, 4,000 6.5-8.7 s against
 * 11.7-13.0 s. And what the workers allocated stays with Astro's process after
 * they end: in a build of 1,005 articles its peak was 29 MB lower without them.
 */
export const POOL_THRESHOLD = 2_000;

/** The environment variable that sets that number instead (1: the pool for every rendering). */
export const RENDER_POOL_VARIABLE = 'ARCHIV_RENDER_POOL_FROM';

/** The number of articles from which the pool renders: the environment's, or POOL_THRESHOLD. */
export function poolThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[RENDER_POOL_VARIABLE];
  if (value === undefined || value.trim() === '') return POOL_THRESHOLD;
  const from = Number(value);
  if (!Number.isSafeInteger(from) || from < 1)
    throw new Error(`${RENDER_POOL_VARIABLE} must be a whole number of articles, 1 or more, not "${value}"`);
  return from;
}
