/**
 * `npm run bench`: how the archive scales. It measures the real archive as it
 * is (content/ alone), then for each size N writes N generated articles
 * (tests/support/generate-articles.ts, fixed seed) beside the real ones into
 * a temporary copy of the project, never into content/, and measures:
 * - the build (`npm run build` from scratch, caches removed), as the median of
 *   several runs: wall time in all, its phases, and the Pagefind part; peak
 *   memory as the summed RSS of the whole process tree (Pagefind's binary
 *   included), sampled every 100 ms;
 * - the output: size and file count, the search index, the largest HTML page;
 * - what a reader downloads: the heaviest article page (HTML, CSS, icon,
 *   gzip) and everything from opening /suche/ to the first results;
 * - the time from the last keystroke to the results in headless Chromium.
 * Writes one report, docs/benchmarks.md (and prints it): a column for the
 * real archive, one per size, and what the first search downloads on the
 * real archive and at the largest size.
 *
 *   npm run bench                              (the real archive, N = 100, 1,000, 10,000; 3 runs each)
 *   npm run bench -- --sizes=100,1000 --runs=1
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { writeGeneratedArchive } from '../tests/support/generated-archive.ts';
import { temporarySite } from '../tests/support/temporary-site.ts';
import { build, type BuildRun } from './archive-build.ts';
import { measureOutput, measureSearch, type SizeReport } from './built-site.ts';
import { report } from './report.ts';

const SEED = 2024;
const REPORT = 'docs/benchmarks.md';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: REPORT },
  },
});
const SIZES = options.sizes.split(',').map(Number);
const RUNS = Number(options.runs);

async function measureSize(count: number): Promise<SizeReport> {
  const site = temporarySite();
  try {
    if (count > 0) writeGeneratedArchive(site.root, count, SEED);
    const runs: BuildRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await build(site.root));
      const last = runs.at(-1)!;
      console.error(`N=${count} run ${run}/${RUNS}: ${last.seconds.toFixed(1)} s, Pagefind ${last.pagefindSeconds.toFixed(1)} s, peak ${(last.peakBytes / 2 ** 20).toFixed(0)} MB`);
    }
    const dist = join(site.root, 'dist');
    const output = measureOutput(dist);
    const search = await measureSearch(dist);
    return { generated: count, runs, ...output, search };
  } finally {
    site.remove();
  }
}

// The real archive first: its search is what readers meet today.
const results: SizeReport[] = [];
for (const size of [0, ...SIZES.filter((size) => size > 0)]) results.push(await measureSize(size));
const browser = await launchChromium();
const chromium = browser.version();
await browser.close();
const text = report(results, { chromium, seed: SEED, runs: RUNS });
console.log(text);
writeFileSync(options.report, text);
