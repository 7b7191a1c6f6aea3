/**
 * The Markdown of `npm run bench`'s report (docs/benchmarks.md): a column for
 * the real archive and one per size, and what the first search downloads.
 */
import { cpus, totalmem } from 'node:os';
import type { SizeReport } from './built-site.ts';
import { BENCH_QUERIES } from './search-measure.ts';
import { median, percentile } from './statistics.ts';

/** The machine, for every report's first line. */
const machine = () => `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;

/** What kind of file a search request fetched, for the breakdown of the first query's bytes. */
function searchFileKind(path: string): string {
  if (path.startsWith('/pagefind/wasm.')) return 'Pagefind WebAssembly';
  if (path.includes('.pf_meta')) return 'Pagefind metadata (page list, filter and index chunk directory)';
  if (path.startsWith('/pagefind/index/')) return 'word index chunks';
  if (path.startsWith('/pagefind/fragment/')) return 'result fragments (title, excerpt, metadata)';
  if (path.startsWith('/pagefind/filter/')) return 'filter indexes';
  if (path.startsWith('/pagefind/')) return 'Pagefind scripts';
  return 'search page (HTML, CSS, scripts, icon)';
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
export const s = (seconds: number) => seconds.toFixed(1);
export const thousands = (n: number) => n.toLocaleString('en-US');

/** The files of the heaviest first search, summed by kind. */
function searchBreakdown(result: SizeReport): string[] {
  const breakdown = new Map<string, number>();
  for (const [path, bytes] of result.search.heaviest)
    breakdown.set(searchFileKind(path), (breakdown.get(searchFileKind(path)) ?? 0) + bytes);
  const fragments = [...result.search.heaviest.keys()].filter((path) => path.startsWith('/pagefind/fragment/')).length;
  return [
    `The heaviest cold query (${fragments} result fragment file${fragments === 1 ? '' : 's'}):`,
    ``,
    `| part | KB gzip |`,
    `|---|---:|`,
    ...[...breakdown].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `| ${kind} | ${kb(bytes)} |`),
    ``,
  ];
}

const label = (r: SizeReport) => (r.generated === 0 ? 'real archive' : `N = ${thousands(r.generated)}`);

/** The archive's report: the real archive and each size, and what the first search downloads. */
export function report(
  results: SizeReport[],
  { chromium, seed, runs }: { chromium: string; seed: number; runs: number },
): string {
  const columns = results.map(label);
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  const of = (f: (r: SizeReport) => string) => results.map(f);
  const perArticleMs = (r: SizeReport) => (median(r.runs.map((run) => run.seconds)) * 1000) / r.articles;
  const generated = results.filter((r) => r.generated > 0);
  const largestSize = generated.at(-1);
  const previous = generated.at(-2);
  const real = results.find((r) => r.generated === 0);

  return [
    `# Benchmarks: the real archive and ${generated.map((r) => thousands(r.generated)).join(', ')} generated articles`,
    ``,
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on this machine (${machine()},`,
    `headless Chromium ${chromium}). The first column is the real archive (content/ as it is); each other: N generated articles (seed ${seed}; real sentences mixed with`,
    `dictionary-de words at Zipf frequencies, the real tags and sources) plus the 5 real ones, built in a temporary`,
    `copy of the project. Build figures are medians of ${runs} runs of \`npm run build\` from scratch (dist/ and`,
    `Astro's and Vite's caches removed); peak memory is the summed RSS of the whole process tree, Pagefind's`,
    `binary included. Search: ${BENCH_QUERIES.length} queries, each cold (a fresh browser context opens /suche/, then the`,
    `query is typed) and warm (one page, every query twice); bytes as a static host sends them (text gzip).`,
    ``,
    row('measure', columns),
    `|---|${results.map(() => '---:').join('|')}|`,
    row(
      'articles (generated + real)',
      of((r) => thousands(r.articles)),
    ),
    row(
      'build and index, wall time (s)',
      of((r) => s(median(r.runs.map((run) => run.seconds)))),
    ),
    row(
      '… of which config, content check and content sync (s)',
      of((r) => s(median(r.runs.map((run) => run.phases.content)))),
    ),
    row(
      '… bundling (s)',
      of((r) => s(median(r.runs.map((run) => run.phases.bundling)))),
    ),
    row(
      '… rendering pages, sitemap, permanent links (s)',
      of((r) => s(median(r.runs.map((run) => run.phases.rendering)))),
    ),
    row(
      '… Pagefind index, after Astro has ended (s)',
      of((r) => s(median(r.runs.map((run) => run.phases.pagefind)))),
    ),
    row(
      'build time per article (ms)',
      of((r) => perArticleMs(r).toFixed(2)),
    ),
    row(
      'slowest run (s)',
      of((r) => s(Math.max(...r.runs.map((run) => run.seconds)))),
    ),
    row(
      'peak memory, process tree (MB)',
      of((r) => mb(median(r.runs.map((run) => run.peakBytes)))),
    ),
    row(
      'HTML pages',
      of((r) => thousands(r.pages)),
    ),
    row(
      'output files',
      of((r) => thousands(r.outputFiles)),
    ),
    row(
      'output size (MB)',
      of((r) => mb(r.outputBytes)),
    ),
    row(
      'search index files',
      of((r) => thousands(r.indexFiles)),
    ),
    row(
      'search index size (MB)',
      of((r) => mb(r.indexBytes)),
    ),
    row(
      'largest HTML page (KB)',
      of((r) => `${kb(r.largestHtml.bytes)} (${r.largestHtml.path})`),
    ),
    row(
      'heaviest article page, all files (KB gzip)',
      of((r) => kb(r.heaviestArticle.total)),
    ),
    row(
      'median article page, all files (KB gzip)',
      of((r) => kb(r.medianArticle)),
    ),
    row(
      'first search: bytes to first results, median (KB gzip)',
      of((r) => kb(median(r.search.bytes))),
    ),
    row(
      'first search: bytes to first results, max (KB gzip)',
      of((r) => kb(Math.max(...r.search.bytes))),
    ),
    row(
      'keystroke to results, cold, median / p95 (ms)',
      of((r) => `${median(r.search.coldMs).toFixed(1)} / ${percentile(r.search.coldMs, 95).toFixed(1)}`),
    ),
    row(
      'keystroke to results, warm, median / p95 (ms)',
      of((r) => `${median(r.search.warmMs).toFixed(1)} / ${percentile(r.search.warmMs, 95).toFixed(1)}`),
    ),
    ``,
    ...(previous && largestSize
      ? [
          `Time per article at N = ${thousands(largestSize.generated)} is ${(perArticleMs(largestSize) / perArticleMs(previous)).toFixed(2)} times that at N = ${thousands(previous.generated)} (target: at most 1.15).`,
          ``,
        ]
      : []),
    ...(real ? [`## What the first search downloads on the real archive`, ``, ...searchBreakdown(real)] : []),
    ...(largestSize
      ? [
          `## What the first search downloads at N = ${thousands(largestSize.generated)}`,
          ``,
          ...searchBreakdown(largestSize),
        ]
      : []),
    `## Targets (issue 7)`,
    ``,
    `10,000 articles: build and index under 60 s, peak memory under 2 GB; time per article at 10,000 at most 1.15`,
    `times that at 1,000; no HTML page over 50 KB; an article page under 20 KB gzip; results within 100 ms of the`,
    `last keystroke; the first search at most 250 KB gzip (issue 4: at most 100 KB gzip on the real archive). For comparison, Astro's blog template with Pagefind on`,
    `this machine: 1,000 articles 10.3 s, 5,000 articles 31 s and 1.8 GB, a 1.7 MB list page, 53 KB gzip per`,
    `article page, 109 KB gzip for the first search.`,
    ``,
  ].join('\n');
}
