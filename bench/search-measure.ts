/**
 * Search as a reader meets it, measured in a real headless Chromium against a
 * served site: the time from the last keystroke to the results on screen,
 * and the bytes a browser downloads from opening /suche/ to the first
 * results (cold cache, counted as a static host sends them: text
 * gzip-compressed, Pagefind's already-compressed index files as they are).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/** Queries of the relevance suite: names in several spellings, stems, compounds, a phrase, nothing. */
export const BENCH_QUERIES = [
  'Luxusauto', 'Limousine', 'Sanktion', 'Sanktionen', 'Kim Jong Un', 'Kim Jong-un', 'Pjöngjang', 'Pyongyang',
  'Pjoengjang', 'Schoigu', 'Nebenzia', 'Kosyrew', 'Munition', 'Lieferungen', 'Waffenprogramm', 'Putin Limousine',
  '"strategische Partnerschaft"', 'dpa', 'TASS', 'Aussenminister', 'Xylophon', 'Atomwaffen',
];

const TEXT_TYPES = /text\/|javascript|json|svg|xml/;

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

export interface ColdSearch {
  ms: number;
  bytes: number;
  /** Bytes per file path. */
  files: Map<string, number>;
}

/** A fresh browser context opens /suche/, then the query is typed: time and bytes to its results. */
export async function coldSearch(browser: Browser, origin: string, query: string): Promise<ColdSearch> {
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

/** One search page, every query typed `rounds` times after a first search: times in ms. */
export async function warmSearches(browser: Browser, origin: string, queries: readonly string[], rounds = 2): Promise<number[]> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(TIMER);
    await page.goto(`${origin}/suche/`);
    await typeAndTime(page, 'Putin');
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) for (const query of queries) times.push(await typeAndTime(page, query));
    return times;
  } finally {
    await page.close();
  }
}
