/**
 * `npm run build` of a copy of the archive, as the bench measures it: wall
 * time in all and its phases, read from the lines Astro and the index step
 * print as they go, and the peak memory of the process tree.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PHASE_MARKS, phasesOf } from './build-phases.ts';
import type { BuildMeasure } from './build-phases.ts';
import { measuredProcess } from './measured-process.ts';

/** `npm run build`: astro build, then the search index, then the swap into dist/. */
const BUILD = join(process.cwd(), 'scripts/build.ts');

/** What a build from scratch starts without: the last output, the site it replaced (scripts/site-base.ts), and the caches of Astro, Vite and the archive (its kept renderings). */
export const BUILD_CACHES = ['dist', '.dist-basis', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];

export function removeBuildCaches(root: string): void {
  for (const cache of BUILD_CACHES) rmSync(join(root, cache), { recursive: true, force: true });
}

/** Wall time, peak memory and phases: measured as the peer's builds are (peer-report.ts). */
export type BuildRun = BuildMeasure;

/**
 * One `npm run build` in `root`: from scratch, or with `keepCaches` on top of
 * the last build; `args` are the build's own (`--job 2/4`: a job, which
 * builds no index; `--merge <folders>`).
 */
export async function build(
  root: string,
  { keepCaches = false, args = [] as string[] } = {},
): Promise<BuildRun & { output: string }> {
  if (!keepCaches) removeBuildCaches(root);
  const marks = new Map<string, number>();
  const { seconds, peakBytes, output } = await measuredProcess(root, [BUILD, ...args], (output, now) => {
    for (const mark of PHASE_MARKS) if (!marks.has(mark) && output.includes(mark)) marks.set(mark, now);
  });
  // The first time on the line is the whole index step's; the shards' own follow it.
  const pagefindMs = args.includes('--job')
    ? '0'
    : /\[search index\] indexed \d+ articles in (\d+) ms/.exec(output)?.[1];
  if (!pagefindMs) throw new Error('the build printed no Pagefind timing');
  const pagefindSeconds = Number(pagefindMs) / 1000;
  // Astro's process ends where the index begins (scripts/build.ts); the swap into dist/ after it is instant.
  return { seconds, peakBytes, phases: phasesOf(marks, seconds - pagefindSeconds, pagefindSeconds), output };
}
