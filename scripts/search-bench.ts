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
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startServer } from './serve.ts';

const QUERIES = [
  'Luxusauto', 'Limousine', 'Sanktion', 'Sanktionen', 'Kim Jong Un', 'Kim Jong-un', 'Pjöngjang', 'Pyongyang',
  'Pjoengjang', 'Schoigu', 'Nebenzia', 'Kosyrew', 'Munition', 'Lieferungen', 'Waffenprogramm', 'Putin Limousine',
  '"strategische Partnerschaft"', 'dpa', 'TASS', 'Aussenminister', 'Xylophon', 'Atomwaffen',
];
const TEXT_TYPES = /text\/|javascript|json|svg|xml/;

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Records, in the page, the time from the last keydown to the results of the typed query. */
const TIMER = `
  window.__timings = [];
  document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);
  document.addEventListener('suche:angezeigt', (event) => {
    window.__timings.push({ query: event.detail.query, ms: performance.now() - window.__lastKey });
  });
`;

async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.fill('#suchbegriff', '');
  await page.evaluate(() => ((window as unknown as { __timings: unknown[] }).__timings = []));
  await page.locator('#suchbegriff').pressSequentially(query);
  const handle = await page.waitForFunction(
    (q) => (window as unknown as { __timings: { query: string; ms: number }[] }).__timings.find((t) => t.query === q)?.ms,
    query.trim(),
  );
  return (await handle.jsonValue()) as number;
}

async function cold(browser: Browser, origin: string, query: string): Promise<{ ms: number; bytes: number; files: Map<string, number> }> {
  const context = await browser.newContext();
  const files = new Map<string, number>();
  const pending: Promise<void>[] = [];
  let counting = true;
  context.on('response', (response) => {
    if (!counting) return;
    pending.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          files.set(new URL(response.url()).pathname, TEXT_TYPES.test(type) ? gzipSync(body, { level: 6 }).length : body.length);
        },
        () => undefined,
      ),
    );
  });
  const page = await context.newPage();
  await page.addInitScript(TIMER);
  // A reader opens the page, then types: the page has loaded before the first keystroke.
  await page.goto(`${origin}/suche/`, { waitUntil: 'networkidle' });
  const ms = await typeAndTime(page, query);
  counting = false;
  await Promise.all(pending);
  await context.close();
  return { ms, bytes: [...files.values()].reduce((a, b) => a + b, 0), files };
}

const { url, close } = await startServer({ port: 0 });
const origin = url.replace(/\/$/, '');
const browser = await launchChromium();
try {
  const coldRuns: { query: string; ms: number; bytes: number }[] = [];
  let heaviest = new Map<string, number>();
  for (const query of QUERIES) {
    const run = await cold(browser, origin, query);
    coldRuns.push({ query, ms: run.ms, bytes: run.bytes });
    if (run.bytes >= Math.max(...coldRuns.map((r) => r.bytes))) heaviest = run.files;
  }

  const page = await browser.newPage();
  await page.addInitScript(TIMER);
  await page.goto(`${origin}/suche/`);
  await typeAndTime(page, 'Putin');
  const warmRuns: { query: string; ms: number }[] = [];
  for (let round = 0; round < 2; round++) for (const query of QUERIES) warmRuns.push({ query, ms: await typeAndTime(page, query) });

  const coldMs = coldRuns.map((r) => r.ms);
  const warmMs = warmRuns.map((r) => r.ms);
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
