/**
 * Search as a reader meets it, measured in a real headless Chromium against a
 * served site: the time from the last keystroke to the results on screen,
 * and the bytes a browser downloads from opening the search page (the
 * archive's /suche/, or a peer's Pagefind default UI) to the first results
 * (cold cache, counted as a static host sends them: text gzip-compressed,
 * Pagefind's already-compressed index files as they are).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

/** Queries of the relevance suite: names in several spellings, stems, compounds, a phrase, nothing. */
export const BENCH_QUERIES = [
  'Luxusauto',
  'Limousine',
  'Sanktion',
  'Sanktionen',
  'Kim Jong Un',
  'Kim Jong-un',
  'Pjöngjang',
  'Pyongyang',
  'Pjoengjang',
  'Schoigu',
  'Nebenzia',
  'Kosyrew',
  'Munition',
  'Lieferungen',
  'Waffenprogramm',
  'Putin Limousine',
  '"strategische Partnerschaft"',
  'dpa',
  'TASS',
  'Aussenminister',
  'Xylophon',
  'Atomwaffen',
];

const TEXT_TYPES = /text\/|javascript|json|svg|xml/;

/**
 * A search page: its path, its input, and a script that records, in the
 * page, the time from the last keydown to the results of each query shown,
 * as { query, ms } in window.__timings.
 */
export interface SearchPage {
  path: string;
  input: string;
  timer: string;
}

const KEY_TIMER = `
  window.__timings = [];
  window.__waiting = new Map();
  window.__record = (query, ms) => {
    window.__timings.push({ query, ms });
    window.__waiting.get(query)?.(ms);
  };
  window.__timed = (query) => new Promise((resolve) => {
    const seen = window.__timings.find((timing) => timing.query === query);
    if (seen) resolve(seen.ms);
    else window.__waiting.set(query, resolve);
  });
  document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);
`;

/** The archive's /suche/: its script announces each query's results, once they are on screen. */
export const ARCHIVE_SEARCH: SearchPage = {
  path: '/suche/',
  input: '#suchbegriff',
  timer: `${KEY_TIMER}
  document.addEventListener('suche:angezeigt', (event) => {
    window.__record(event.detail.query, performance.now() - window.__lastKey);
  });
`,
};

/**
 * Pagefind's default UI (pagefind-ui.js) on a peer's page: it announces
 * nothing, so its results count as shown when its message names the whole
 * query ("3 results for X", "No results for X") and no result is still a
 * loading placeholder (.pagefind-ui__loading, until its fragment arrives).
 * Checked on every change of the page, before it is painted.
 */
export const PAGEFIND_UI_SEARCH: SearchPage = {
  path: '/search/',
  input: '.pagefind-ui__search-input',
  timer: `${KEY_TIMER}
  new MutationObserver(() => {
    const query = document.querySelector('.pagefind-ui__search-input')?.value.trim();
    const message = document.querySelector('.pagefind-ui__message')?.textContent.trim();
    if (!query || !message?.endsWith(query) || document.querySelector('.pagefind-ui__loading')) return;
    window.__record(query, performance.now() - window.__lastKey);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
`,
};

/**
 * Types a query and returns the page's own time from its last keydown to its
 * results. The wait is a promise in the page, set up before the first key:
 * Playwright's waitForFunction would inject its script into the page on
 * first use, on the page's main thread, in the middle of the search being
 * timed (45-70 ms of a cold search at 10,000 articles on this machine).
 */
async function typeAndTime(page: Page, search: SearchPage, query: string): Promise<number> {
  await page.fill(search.input, '');
  await page.evaluate(() => {
    const timer = window as unknown as { __timings: unknown[]; __waiting: Map<string, unknown> };
    timer.__timings = [];
    timer.__waiting.clear();
  });
  const timed = page.evaluate(
    (q) => (window as unknown as { __timed(query: string): Promise<number> }).__timed(q),
    query.trim(),
  );
  await page.locator(search.input).pressSequentially(query);
  return await timed;
}

export interface ColdSearch {
  ms: number;
  bytes: number;
  /** Bytes per file path. */
  files: Map<string, number>;
}

/** A fresh browser context opens the search page, then the query is typed: time and bytes to its results. */
export async function coldSearch(
  browser: Browser,
  origin: string,
  query: string,
  search = ARCHIVE_SEARCH,
): Promise<ColdSearch> {
  const context = await browser.newContext();
  const responses: Response[] = [];
  let counting = true;
  context.on('response', (response) => {
    if (counting) responses.push(response);
  });
  const page = await context.newPage();
  await page.addInitScript(search.timer);
  // A reader opens the page, then types: the page has loaded before the first keystroke.
  await page.goto(`${origin}${search.path}`, { waitUntil: 'networkidle' });
  const ms = await typeAndTime(page, search, query);
  counting = false;
  // Bodies are read once the time is taken: the browser copying them out meanwhile slowed the search it timed.
  const files = new Map<string, number>();
  for (const response of responses) {
    const body = await response.body().catch(() => undefined);
    if (!body) continue;
    const type = response.headers()['content-type'] ?? '';
    files.set(
      new URL(response.url()).pathname,
      TEXT_TYPES.test(type) ? gzipSync(body, { level: 6 }).length : body.length,
    );
  }
  await context.close();
  return { ms, bytes: [...files.values()].reduce((a, b) => a + b, 0), files };
}

/** One search page, every query typed `rounds` times after a first search: times in ms. */
export async function warmSearches(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  search = ARCHIVE_SEARCH,
  rounds = 2,
): Promise<number[]> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(search.timer);
    await page.goto(`${origin}${search.path}`);
    await typeAndTime(page, search, 'Putin');
    const times: number[] = [];
    for (let round = 0; round < rounds; round++)
      for (const query of queries) times.push(await typeAndTime(page, search, query));
    return times;
  } finally {
    await page.close();
  }
}
