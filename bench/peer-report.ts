/**
 * The side-by-side part of `npm run bench -- --peer <dir>`: per size, the
 * archive and the peer built alternately from the same articles, their
 * medians and the ratio archive ÷ peer.
 */
import { PHASES, type BuildMeasure } from './build-phases.ts';
import type { SizeReport } from './built-site.ts';
import { kb, mb, s, thousands } from './report.ts';
import { BENCH_QUERIES } from './search-measure.ts';
import { median } from './statistics.ts';

/** One side of a pair at one size: its builds and what it put out. */
export interface Side {
  /** Full builds, caches removed, one per pair. */
  full: BuildMeasure[];
  /** Builds after one article was added to a full build, caches kept, one per pair. */
  added: BuildMeasure[];
  posts: number;
  pages: number;
  outputFiles: number;
  outputBytes: number;
  indexBytes: number;
  medianArticle: number;
  search: SizeReport['search'];
}

export interface SideBySide {
  generated: number;
  archive: Side;
  peer: Side;
}

/** Of paired runs, the median of the per-pair ratios: pairs ran side by side, so a busy moment weighs on both. */
export function pairedRatio(archive: readonly number[], peer: readonly number[]): number {
  return median(archive.map((value, index) => value / peer[index]!));
}

function sizeTable(size: SideBySide): string[] {
  const { archive, peer } = size;
  const row = (measure: string, a: string, p: string, ratio: number) =>
    `| ${measure} | ${a} | ${p} | ${ratio.toFixed(2)} |`;
  const medianOf = (side: Side, pick: (side: Side) => number[]) => median(pick(side));
  const ofMedians = (measure: string, pick: (side: Side) => number[], format: (n: number) => string) =>
    row(
      measure,
      format(medianOf(archive, pick)),
      format(medianOf(peer, pick)),
      medianOf(archive, pick) / medianOf(peer, pick),
    );
  const ofValues = (measure: string, pick: (side: Side) => number, format: (n: number) => string) =>
    row(measure, format(pick(archive)), format(pick(peer)), pick(archive) / pick(peer));
  const seconds = (runs: (side: Side) => BuildMeasure[]) =>
    [archive, peer].map((side) => runs(side).map((run) => run.seconds)) as [number[], number[]];
  return [
    `### N = ${thousands(size.generated)} (${thousands(archive.posts)} articles, ${thousands(peer.posts)} posts)`,
    ``,
    `| measure | archive | peer | archive ÷ peer |`,
    `|---|---:|---:|---:|`,
    row(
      'full build, wall time (s)',
      s(median(seconds((side) => side.full)[0])),
      s(median(seconds((side) => side.full)[1])),
      pairedRatio(...seconds((side) => side.full)),
    ),
    ...PHASES.map(({ key, label }) =>
      ofMedians(`… ${label} (s)`, (side) => side.full.map((run) => run.phases[key]), s),
    ),
    ofMedians('full build, peak memory, process tree (MB)', (side) => side.full.map((run) => run.peakBytes), mb),
    row(
      'one article added, wall time (s)',
      s(median(seconds((side) => side.added)[0])),
      s(median(seconds((side) => side.added)[1])),
      pairedRatio(...seconds((side) => side.added)),
    ),
    ...PHASES.map(({ key, label }) =>
      ofMedians(`… ${label} (s)`, (side) => side.added.map((run) => run.phases[key]), s),
    ),
    ofMedians(
      'one article added, peak memory, process tree (MB)',
      (side) => side.added.map((run) => run.peakBytes),
      mb,
    ),
    ofValues('HTML pages', (side) => side.pages, thousands),
    ofValues('output files', (side) => side.outputFiles, thousands),
    ofValues('output size (MB)', (side) => side.outputBytes, mb),
    ofValues('search index size (MB)', (side) => side.indexBytes, mb),
    ofValues('median article page, all files (KB gzip)', (side) => side.medianArticle, kb),
    ofMedians('first search: bytes to first results, median (KB gzip)', (side) => side.search.bytes, kb),
    ofMedians(
      'keystroke to results, cold, median (ms)',
      (side) => side.search.coldMs,
      (ms) => ms.toFixed(1),
    ),
    ofMedians(
      'keystroke to results, warm, median (ms)',
      (side) => side.search.warmMs,
      (ms) => ms.toFixed(1),
    ),
    ``,
  ];
}

export function peerReport(
  sizes: SideBySide[],
  { peerDir, versions, pagefind, runs }: { peerDir: string; versions: string; pagefind: string; runs: number },
): string {
  return [
    `## Side by side: the archive and Astro's blog template with Pagefind`,
    ``,
    `The peer: \`${peerDir}\` (${versions}), installed afresh, its sample posts replaced by the same articles as`,
    `the archive's (per article: title, teaser as description, the first day of its date as pubDate, tags, the`,
    `Markdown body). Its search as Pagefind's documentation sets it up: \`pagefind --site dist\` after \`astro build\``,
    `(Pagefind ${pagefind}, the archive's binary), \`data-pagefind-body\` on the post's article, Pagefind's default UI`,
    `on /search/ (the template's \`lang="en"\` kept: English stemming, English UI). ${runs} pair${runs === 1 ? '' : 's'}, archive and peer`,
    `alternating, both with Node ${process.versions.node}; a full build starts without dist/ and Astro's and Vite's caches;`,
    `"one article added": one more generated article on top of that full build, built again with the caches`,
    `kept. Peak memory: the summed RSS of each side's process tree, sampled every 100 ms (the peer's two commands`,
    `run one after the other; its peak is the larger of theirs). Search: the same ${BENCH_QUERIES.length} queries, cold and warm as`,
    `above; the default UI waits 300 ms after a keystroke before it searches (its \`debounceTimeoutMs\`), and its`,
    `results count as shown when its message names the query and no result is still loading. The ratio is`,
    `archive ÷ peer (below 1: the archive is faster or smaller): for wall times the median of the per-pair`,
    `ratios, otherwise the ratio of the medians.`,
    ``,
    ...sizes.flatMap(sizeTable),
  ].join('\n');
}
