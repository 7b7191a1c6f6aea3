/**
 * Measures search as a reader meets it, in a real headless Chromium against
 * the built site (run `npm run build` first, or `npm run bench:search`):
 * - time from the last keystroke to the results on screen, for each query,
 *   cold (a fresh browser context, search page just opened) and warm (the
 *   same page, one query after another); medians and 95th percentiles;
 * - bytes a browser downloads from opening /suche/ to the first results,
 *   cold cache, counted as a static host sends them (text gzip-compressed,
 *   Pagefind's already-compressed index files as they are).
 * Prints a Markdown report and writes it to docs/search-benchmark.md.
 */
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';
import { BENCH_QUERIES as QUERIES, coldSearch, warmSearches } from './search-measure.ts';
import { startServer } from '../scripts/serve.ts';
import { median, percentile } from './statistics.ts';

const { url, close } = await startServer({ port: 0 });
const origin = url.replace(/\/$/, '');
const browser = await launchChromium();
try {
  const coldRuns: { query: string; ms: number; bytes: number }[] = [];
  let heaviest = new Map<string, number>();
  for (const query of QUERIES) {
    const run = await coldSearch(browser, origin, query);
    coldRuns.push({ query, ms: run.ms, bytes: run.bytes });
    if (run.bytes >= Math.max(...coldRuns.map((r) => r.bytes))) heaviest = run.files;
  }

  const warmMs = await warmSearches(browser, origin, QUERIES);

  const coldMs = coldRuns.map((r) => r.ms);
  const bytes = coldRuns.map((r) => r.bytes);
  const kb = (n: number) => (n / 1024).toFixed(1);
  const report = [
    `# Search benchmark`,
    ``,
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:search\` in headless Chromium ${browser.version()} on this machine`,
    `(2 cores), against the built site served by \`scripts/serve.ts\`. ${QUERIES.length} queries; cold: a fresh browser context`,
    `per query with the search page just opened; warm: one page, every query twice.`,
    ``,
    `| measure | median | p95 | max |`,
    `|---|---:|---:|---:|`,
    `| last keystroke to results on screen, cold (ms) | ${median(coldMs).toFixed(1)} | ${percentile(coldMs, 95).toFixed(1)} | ${Math.max(...coldMs).toFixed(1)} |`,
    `| last keystroke to results on screen, warm (ms) | ${median(warmMs).toFixed(1)} | ${percentile(warmMs, 95).toFixed(1)} | ${Math.max(...warmMs).toFixed(1)} |`,
    `| bytes from opening /suche/ to the first results, cold cache (KB gzip) | ${kb(median(bytes))} | ${kb(percentile(bytes, 95))} | ${kb(Math.max(...bytes))} |`,
    ``,
    `Files of the heaviest cold run (KB as sent, gzip for text):`,
    ``,
    `| file | KB |`,
    `|---|---:|`,
    ...[...heaviest].sort((a, b) => b[1] - a[1]).map(([path, size]) => `| ${path} | ${kb(size)} |`),
    ``,
    `Targets (issue 4): results within 100 ms of the last keystroke, cold and warm; at most 100 KB gzip to the first results.`,
    ``,
  ].join('\n');
  console.log(report);
  writeFileSync('docs/search-benchmark.md', report);
} finally {
  await browser.close();
  await close();
}
