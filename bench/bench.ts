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
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.ts';
import { writeGeneratedArchive } from '../tests/support/generated-archive.ts';
import { watchPeakMemory } from './process-tree-memory.ts';
import { BENCH_QUERIES, coldSearch, warmSearches } from './search-measure.ts';
import { startServer } from '../scripts/serve.ts';
import { filesUnder, pageWeight } from '../tests/support/site-measures.ts';
import { median, percentile } from './statistics.ts';
import { temporarySite } from '../tests/support/temporary-site.ts';

const SEED = 2024;
const REPORT = 'docs/benchmarks.md';
/** `npm run build`: astro build, then the search index, then the swap into dist/. */
const BUILD = join(process.cwd(), 'scripts/build.ts');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: REPORT },
  },
});
const SIZES = options.sizes.split(',').map(Number);
const RUNS = Number(options.runs);

interface BuildRun {
  seconds: number;
  /** Seconds from the start until Astro begins bundling: config, content check, content sync. */
  contentSeconds: number;
  /** Seconds until Astro begins rendering pages (bundling done). */
  renderStartSeconds: number;
  pagefindSeconds: number;
  peakBytes: number;
}

/** One `npm run build` from scratch in `root`, timed by the lines Astro and the index step print as they go. */
async function build(root: string): Promise<BuildRun> {
  for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, cache), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [BUILD], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const memory = watchPeakMemory(child.pid!);
  const marks = new Map<string, number>();
  let output = '';
  const onData = (chunk: Buffer) => {
    output += chunk;
    const now = (performance.now() - started) / 1000;
    // BENCH_ECHO=1: the build's own lines on stderr as they come, each with the seconds since the start.
    if (process.env.BENCH_ECHO) for (const line of String(chunk).split('\n')) if (line.trim()) process.stderr.write(`[${now.toFixed(1)} s] ${line}\n`);
    for (const mark of ['Building static entrypoints', 'generating static routes']) if (!marks.has(mark) && output.includes(mark)) marks.set(mark, now);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  const peakBytes = memory.stop();
  if (code !== 0) throw new Error(`the build failed in ${root}:\n${output.slice(-3000)}`);
  const pagefindMs = /\[search index\] indexed .* in (\d+) ms/.exec(output)?.[1];
  if (!pagefindMs) throw new Error('the build printed no Pagefind timing');
  return {
    seconds,
    contentSeconds: marks.get('Building static entrypoints') ?? NaN,
    renderStartSeconds: marks.get('generating static routes') ?? NaN,
    pagefindSeconds: Number(pagefindMs) / 1000,
    peakBytes,
  };
}

interface SizeReport {
  /** Generated articles (0: the real archive alone); `articles` adds the real ones. */
  generated: number;
  articles: number;
  pages: number;
  runs: BuildRun[];
  outputBytes: number;
  outputFiles: number;
  indexBytes: number;
  indexFiles: number;
  largestHtml: { path: string; bytes: number };
  heaviestArticle: { page: string; total: number };
  medianArticle: number;
  search: { coldMs: number[]; warmMs: number[]; bytes: number[]; heaviest: Map<string, number> };
}

/** Sizes of the built site in `dist`. */
function measureOutput(dist: string): Omit<SizeReport, 'generated' | 'runs' | 'search'> {
  const files = filesUnder(dist);
  const index = files.filter(({ path }) => path.startsWith(join(dist, 'pagefind/')));
  const html = files.filter(({ path }) => path.endsWith('.html'));
  const largest = html.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const cache = new Map<string, number>();
  const articles = html.filter(({ path }) => path.startsWith(join(dist, 'artikel/'))).map(({ path }) => pageWeight(dist, path, cache));
  const heaviest = articles.reduce((a, b) => (b.total > a.total ? b : a));
  return {
    articles: articles.length,
    pages: html.length,
    outputBytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    outputFiles: files.length,
    indexBytes: index.reduce((sum, { bytes }) => sum + bytes, 0),
    indexFiles: index.length,
    largestHtml: { path: largest.path.slice(dist.length).replace(/index\.html$/, ''), bytes: largest.bytes },
    heaviestArticle: { page: heaviest.page, total: heaviest.total },
    medianArticle: median(articles.map((a) => a.total)),
  };
}

async function measureSearch(dist: string): Promise<SizeReport['search']> {
  const server = await startServer({ root: dist, port: 0 });
  const origin = server.url.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    const coldMs: number[] = [];
    const bytes: number[] = [];
    let heaviest = new Map<string, number>();
    for (const query of BENCH_QUERIES) {
      const run = await coldSearch(browser, origin, query);
      coldMs.push(run.ms);
      bytes.push(run.bytes);
      if (run.bytes >= Math.max(...bytes)) heaviest = run.files;
    }
    return { coldMs, warmMs: await warmSearches(browser, origin, BENCH_QUERIES), bytes, heaviest };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureSize(count: number): Promise<SizeReport> {
  const site = temporarySite();
  let ok = false;
  try {
    if (count > 0) {
      const writing = performance.now();
      writeGeneratedArchive(site.root, count, SEED);
      console.error(`N=${count}: generated and wrote ${count} articles in ${((performance.now() - writing) / 1000).toFixed(1)} s into ${site.root}`);
    }
    const runs: BuildRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await build(site.root));
      const last = runs.at(-1)!;
      console.error(`N=${count} run ${run}/${RUNS}: ${last.seconds.toFixed(1)} s, Pagefind ${last.pagefindSeconds.toFixed(1)} s, peak ${(last.peakBytes / 2 ** 20).toFixed(0)} MB`);
    }
    const dist = join(site.root, 'dist');
    const output = measureOutput(dist);
    const search = await measureSearch(dist);
    ok = true;
    return { generated: count, runs, ...output, search };
  } finally {
    // BENCH_KEEP_SITE=1: a failed size keeps its temporary site, to look at what it left.
    if (ok || !process.env.BENCH_KEEP_SITE) site.remove();
    else console.error(`kept the temporary site of N=${count}: ${site.root}`);
  }
}

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

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const s = (seconds: number) => seconds.toFixed(1);
const thousands = (n: number) => n.toLocaleString('en-US');

/** The files of the heaviest first search, summed by kind. */
function searchBreakdown(result: SizeReport): string[] {
  const breakdown = new Map<string, number>();
  for (const [path, bytes] of result.search.heaviest) breakdown.set(searchFileKind(path), (breakdown.get(searchFileKind(path)) ?? 0) + bytes);
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

function report(results: SizeReport[], chromium: string): string {
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
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node},`,
    `headless Chromium ${chromium}). The first column is the real archive (content/ as it is); each other: N generated articles (seed ${SEED}; real sentences mixed with`,
    `dictionary-de words at Zipf frequencies, the real tags and sources) plus the 5 real ones, built in a temporary`,
    `copy of the project. Build figures are medians of ${RUNS} runs of \`npm run build\` from scratch (dist/ and`,
    `Astro's and Vite's caches removed); peak memory is the summed RSS of the whole process tree, Pagefind's`,
    `binary included. Search: ${BENCH_QUERIES.length} queries, each cold (a fresh browser context opens /suche/, then the`,
    `query is typed) and warm (one page, every query twice); bytes as a static host sends them (text gzip).`,
    ``,
    row('measure', columns),
    `|---|${results.map(() => '---:').join('|')}|`,
    row('articles (generated + real)', of((r) => thousands(r.articles))),
    row('build and index, wall time (s)', of((r) => s(median(r.runs.map((run) => run.seconds))))),
    row('… of which config, content check and content sync (s)', of((r) => s(median(r.runs.map((run) => run.contentSeconds))))),
    row('… bundling (s)', of((r) => s(median(r.runs.map((run) => run.renderStartSeconds - run.contentSeconds))))),
    row('… rendering pages, sitemap, permanent links (s)', of((r) => s(median(r.runs.map((run) => run.seconds - run.renderStartSeconds - run.pagefindSeconds))))),
    row('… Pagefind index, after Astro has ended (s)', of((r) => s(median(r.runs.map((run) => run.pagefindSeconds))))),
    row('build time per article (ms)', of((r) => perArticleMs(r).toFixed(2))),
    row('slowest run (s)', of((r) => s(Math.max(...r.runs.map((run) => run.seconds))))),
    row('peak memory, process tree (MB)', of((r) => mb(median(r.runs.map((run) => run.peakBytes))))),
    row('HTML pages', of((r) => thousands(r.pages))),
    row('output files', of((r) => thousands(r.outputFiles))),
    row('output size (MB)', of((r) => mb(r.outputBytes))),
    row('search index files', of((r) => thousands(r.indexFiles))),
    row('search index size (MB)', of((r) => mb(r.indexBytes))),
    row('largest HTML page (KB)', of((r) => `${kb(r.largestHtml.bytes)} (${r.largestHtml.path})`)),
    row('heaviest article page, all files (KB gzip)', of((r) => kb(r.heaviestArticle.total))),
    row('median article page, all files (KB gzip)', of((r) => kb(r.medianArticle))),
    row('first search: bytes to first results, median (KB gzip)', of((r) => kb(median(r.search.bytes)))),
    row('first search: bytes to first results, max (KB gzip)', of((r) => kb(Math.max(...r.search.bytes)))),
    row('keystroke to results, cold, median / p95 (ms)', of((r) => `${median(r.search.coldMs).toFixed(1)} / ${percentile(r.search.coldMs, 95).toFixed(1)}`)),
    row('keystroke to results, warm, median / p95 (ms)', of((r) => `${median(r.search.warmMs).toFixed(1)} / ${percentile(r.search.warmMs, 95).toFixed(1)}`)),
    ``,
    ...(previous && largestSize
      ? [`Time per article at N = ${thousands(largestSize.generated)} is ${(perArticleMs(largestSize) / perArticleMs(previous)).toFixed(2)} times that at N = ${thousands(previous.generated)} (target: at most 1.15).`, ``]
      : []),
    ...(real ? [`## What the first search downloads on the real archive`, ``, ...searchBreakdown(real)] : []),
    ...(largestSize ? [`## What the first search downloads at N = ${thousands(largestSize.generated)}`, ``, ...searchBreakdown(largestSize)] : []),
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

// The real archive first: its search is what readers meet today.
const results: SizeReport[] = [];
for (const size of [0, ...SIZES.filter((size) => size > 0)]) results.push(await measureSize(size));
const browser = await launchChromium();
const chromium = browser.version();
await browser.close();
const text = report(results, chromium);
console.log(text);
writeFileSync(options.report, text);
