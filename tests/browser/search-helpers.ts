import type { Page } from 'playwright-core';
import {
  paths,
  SEARCH_READY_ATTRIBUTE,
  SEARCH_SHOWN_EVENT,
  searchIds,
  searchParams,
  searchUrl,
} from '../../src/routes.ts';
import type { Site } from './site.ts';

export interface ShownResult {
  path: string;
  title: string;
  excerpt: string;
  marked: string[];
  /** Why it matched, where it does not print a query word. */
  why: string[];
}

/**
 * Waits, from now on, for the search page to show the results of a search
 * whose query or sort are these (src/search/client/session.ts sends the event).
 */
function shown(page: Page, searched: { query?: string; sort?: string }): Promise<void> {
  return page.evaluate(
    ([wanted, event]) =>
      new Promise<void>((resolve) =>
        document.addEventListener(event, function done(shownEvent) {
          const { query, sort } = (shownEvent as CustomEvent<{ query: string; sort: string }>).detail;
          if (wanted.query !== undefined && query !== wanted.query.trim()) return;
          if (wanted.sort !== undefined && sort !== wanted.sort) return;
          document.removeEventListener(event, done);
          resolve();
        }),
      ),
    [searched, SEARCH_SHOWN_EVENT] as const,
  );
}

/** Types a query into the search page and waits for the results it shows. */
export async function searchFor(page: Page, query: string): Promise<ShownResult[]> {
  const done = shown(page, { query });
  await page.fill(`#${searchIds.input}`, query);
  await done;
  return shownResults(page);
}

/** Chooses a sort on the search page and waits for the results it shows. */
export async function sortBy(page: Page, sort: string): Promise<ShownResult[]> {
  const done = shown(page, { sort });
  await page.selectOption(`#${searchIds.sort}`, sort);
  await done;
  return shownResults(page);
}

/** Every result of the query shown: "Weitere Treffer laden" clicked until it is gone. */
export async function allResults(page: Page): Promise<ShownResult[]> {
  const more = `#${searchIds.more}`;
  const results = `#${searchIds.results} .result`;
  while (await page.isVisible(more)) {
    const before = await page.$$eval(results, (items) => items.length);
    await page.click(more);
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [
      results,
      before,
    ] as const);
  }
  return shownResults(page);
}

export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval(`#${searchIds.results} .result`, (items) =>
    items.map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname,
      title: item.querySelector('h2')!.textContent.trim(),
      excerpt: item.querySelector('.result__excerpt')!.textContent,
      marked: [...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent),
      why: [...item.querySelectorAll('.result__why')].map((why) => why.textContent),
    })),
  );
}

/** The topics and sources shown above the results: text, page link and filter link. */
export function shownShortcuts(page: Page): Promise<{ text: string; href: string; filterHref: string | undefined }[]> {
  return page.$$eval(`#${searchIds.shortcuts} li`, (items) =>
    items.map((item) => {
      const [link, filter] = item.querySelectorAll('a');
      return {
        text: link!.textContent,
        href: link!.getAttribute('href')!,
        filterHref: filter?.getAttribute('href') ?? undefined,
      };
    }),
  );
}

/**
 * Opens the search page (in `page`, if given: one prepared before it loads)
 * and waits until it is ready: its script listens to the form, and the
 * first search, or the request for a query when there is none, is shown, so
 * that no search is going on.
 */
export async function openSearchPage(site: Site, query = '', page?: Page): Promise<Page> {
  page ??= await site.browser.newPage();
  await page.goto(site.url(searchUrl(query ? new URLSearchParams({ [searchParams.query]: query }) : '')));
  await page.waitForSelector(`#${searchIds.form}[${SEARCH_READY_ATTRIBUTE}]`, { state: 'attached' });
  await page.waitForFunction((status) => document.getElementById(status)!.textContent !== '', searchIds.status);
  return page;
}

/** Records the URLs the page requests under a path prefix ("/pagefind/index/"), from now on. */
export function requestsUnder(page: Page, pathPrefix: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith(pathPrefix)) urls.push(request.url());
  });
  return urls;
}

/** The query string by which the wrapper below imports the real pagefind.js. */
const UNWRAPPED = 'unwrapped';

/** Serves as pagefind.js: the real module, with every call of its search() recorded. */
const RECORDING_PAGEFIND = `
import { search as realSearch } from './pagefind.js?${UNWRAPPED}';
export * from './pagefind.js?${UNWRAPPED}';
const searches = (globalThis.__pagefindSearches = []);
export function search(query, options) {
  searches.push(query);
  return realSearch(query, options);
}
`;

/**
 * Records every search the page asks Pagefind for, from its next load on,
 * including searches a newer one superseded: those render nothing and send
 * no event, so only Pagefind itself can count them. Call before the page
 * loads; the returned function gives the queries searched so far.
 */
export async function recordPagefindSearches(page: Page): Promise<() => Promise<(string | null)[]>> {
  const script = `${paths.pagefind}pagefind.js`;
  await page.route(
    (url) => url.pathname === script && url.search === '',
    (route) => route.fulfill({ contentType: 'text/javascript', body: RECORDING_PAGEFIND }),
  );
  return () => page.evaluate(() => (globalThis as { __pagefindSearches?: (string | null)[] }).__pagefindSearches ?? []);
}
