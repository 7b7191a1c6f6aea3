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
 * With `--peer <dir>` (Astro's blog template, see peer.ts) it also builds that
 * site from the same articles at each size, alternating archive and peer
 * runs, and adds a side-by-side table per size, with the build after one
 * added article (peer-report.ts). CI does not run it.
 *
 *   npm run bench                              (the real archive, N = 100, 1,000, 10,000; 3 runs each)
 *   npm run bench -- --sizes=100,1000 --runs=1
 *   npm run bench -- --peer ../shared/peer/astro-blog --sizes=1000,10000 [--report=peer.md]
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import {
  nextGeneratedArticle,
  writeGeneratedArchive,
  writeGeneratedArticle,
} from '../tests/support/generated-archive.ts';
import { temporarySite } from '../tests/support/temporary-site.ts';
import { build, type BuildRun } from './archive-build.ts';
import { measureOutput, measureSearch, type SizeReport } from './built-site.ts';
import {
  addNotFoundPage,
  pagefindVersion,
  peerBuild,
  preparePeer,
  writePeerPost,
  writePeerPosts,
  type PeerSite,
} from './peer.ts';
import type { BuildMeasure } from './build-phases.ts';
import { peerReport, type Side, type SideBySide } from './peer-report.ts';
import { report } from './report.ts';
import { PAGEFIND_UI_SEARCH } from './search-measure.ts';

const SEED = 2024;
const REPORT = 'docs/benchmarks.md';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: REPORT },
    peer: { type: 'string' },
  },
});
const SIZES = options.sizes.split(',').map(Number);
const RUNS = Number(options.runs);

const logRun = (what: string, run: number, last: BuildMeasure) =>
  console.error(
    `${what} run ${run}/${RUNS}: ${last.seconds.toFixed(1)} s, peak ${(last.peakBytes / 2 ** 20).toFixed(0)} MB`,
  );

async function measureSize(count: number): Promise<SizeReport> {
  const site = temporarySite();
  let ok = false;
  try {
    if (count > 0) {
      const writing = performance.now();
      writeGeneratedArchive(site.root, count, SEED);
      console.error(
        `N=${count}: generated and wrote ${count} articles in ${((performance.now() - writing) / 1000).toFixed(1)} s into ${site.root}`,
      );
    }
    const runs: BuildRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await build(site.root));
      const last = runs.at(-1)!;
      console.error(
        `N=${count} run ${run}/${RUNS}: ${last.seconds.toFixed(1)} s, Pagefind ${last.phases.pagefind.toFixed(1)} s, peak ${(last.peakBytes / 2 ** 20).toFixed(0)} MB`,
      );
    }
    const dist = join(site.root, 'dist');
    const output = measureOutput(dist);
    const search = await measureSearch(dist);
    ok = true;
    return { generated: count, runs, ...output, search };
  } finally {
    // BENCH_KEEP_SITE=1: a failed size keeps its temporary site, to look at what it left; =always: every size does
    // (to measure its built site further, e.g. with bench/audit.ts).
    const keep = process.env.BENCH_KEEP_SITE === 'always' || (!ok && Boolean(process.env.BENCH_KEEP_SITE));
    if (!keep) site.remove();
    else console.error(`kept the temporary site of N=${count}: ${site.root}`);
  }
}

/** What a side's last full build put out, in the shape of the side-by-side table. */
function sideOf(
  full: BuildMeasure[],
  added: BuildMeasure[],
  output: ReturnType<typeof measureOutput>,
  search: SizeReport['search'],
): Side {
  return {
    full,
    added,
    posts: output.articles,
    pages: output.pages,
    outputFiles: output.outputFiles,
    outputBytes: output.outputBytes,
    indexBytes: output.indexBytes,
    medianArticle: output.medianArticle,
    search,
  };
}

/**
 * N generated articles in the archive and the same as posts of the peer; per
 * pair a full build of each, then one more article built on top of it and
 * taken out again. The last pair's full builds are measured for output and search.
 */
async function measureSideBySide(
  count: number,
  peer: PeerSite,
): Promise<{ archive: SizeReport; sideBySide: SideBySide }> {
  const site = temporarySite();
  try {
    const extra = nextGeneratedArticle(site.root, count, SEED);
    writeGeneratedArchive(site.root, count, SEED);
    writePeerPosts(peer.root, join(site.root, 'content/articles'));
    const dist = join(site.root, 'dist');
    const peerDist = join(peer.root, 'dist');
    const runs: BuildRun[] = [];
    const added: BuildRun[] = [];
    const peerRuns: BuildMeasure[] = [];
    const peerAdded: BuildMeasure[] = [];
    let archive: SizeReport | undefined;
    let peerOutput: ReturnType<typeof measureOutput> | undefined;
    let peerSearch: SizeReport['search'] | undefined;
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await build(site.root));
      logRun(`N=${count} archive`, run, runs.at(-1)!);
      if (run === RUNS) archive = { generated: count, runs, ...measureOutput(dist), search: await measureSearch(dist) };
      const files = writeGeneratedArticle(site.root, extra);
      added.push(await build(site.root, { keepCaches: true }));
      logRun(`N=${count} archive, one article added,`, run, added.at(-1)!);
      for (const file of Object.values(files)) rmSync(file);

      peerRuns.push(await peerBuild(peer.root));
      logRun(`N=${count} peer`, run, peerRuns.at(-1)!);
      if (run === RUNS) {
        peerOutput = measureOutput(peerDist, 'blog/');
        addNotFoundPage(peerDist);
        peerSearch = await measureSearch(peerDist, PAGEFIND_UI_SEARCH);
      }
      const post = writePeerPost(peer.root, `${extra.slug}.md`, extra.text)!;
      peerAdded.push(await peerBuild(peer.root, { keepCaches: true }));
      logRun(`N=${count} peer, one article added,`, run, peerAdded.at(-1)!);
      rmSync(post);
    }
    return {
      archive: archive!,
      sideBySide: {
        generated: count,
        archive: sideOf(runs, added, archive!, archive!.search),
        peer: sideOf(peerRuns, peerAdded, peerOutput!, peerSearch!),
      },
    };
  } finally {
    site.remove();
  }
}

// The real archive first: its search is what readers meet today.
const results: SizeReport[] = [await measureSize(0)];
const sizes = SIZES.filter((size) => size > 0);
let peerSection = '';
if (options.peer) {
  const peer = preparePeer(options.peer);
  try {
    const sideBySide: SideBySide[] = [];
    for (const size of sizes) {
      const measured = await measureSideBySide(size, peer);
      results.push(measured.archive);
      sideBySide.push(measured.sideBySide);
    }
    peerSection = peerReport(sideBySide, {
      peerDir: options.peer,
      versions: peer.versions,
      pagefind: pagefindVersion(),
      runs: RUNS,
    });
  } finally {
    peer.remove();
  }
} else {
  for (const size of sizes) results.push(await measureSize(size));
}
const browser = await launchChromium();
const chromium = browser.version();
await browser.close();
const text = report(results, { chromium, seed: SEED, runs: RUNS }) + (peerSection ? `\n${peerSection}` : '');
console.log(text);
writeFileSync(options.report, text);
