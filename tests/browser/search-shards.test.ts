import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIds } from '../../src/routes.ts';
import { FIRST_RESULTS } from '../../src/search/results-per-page.ts';
import { SHARD_SIZE_VARIABLE } from '../../src/search/shard-plan.ts';
import { openSearchPage, searchFor, shownResults } from './search-helpers.ts';
import { testArticle } from '../support/test-article.ts';
import { openSiteWith } from './site.ts';

/**
 * The search over an index in shards, on a site of its own: the fixture
 * archive (2023 and 2024) and twelve test articles of January 2026 that
 * print "Testmeldung", in shards of six articles, cut from the oldest: the
 * newest shard holds five test articles, the next six, the oldest the
 * fixture archive and the first test article. So a search of the word fills
 * its first page from the newest shard alone.
 */
const TEST_ARTICLES = 12;
const SHARD_SIZE = 6;
const NEWEST_SHARD = 5;

const captureOf = (day: number) => `${800 + day}_${String(day).padStart(16, '0')}`;

const testArticles = Array.from({ length: TEST_ARTICLES }, (_, index) => {
  const day = index + 1;
  return testArticle({
    file: `testmeldung-${day}.md`,
    title: `Testmeldung ${day}`,
    date: `2026-01-${String(day).padStart(2, '0')}`,
    capture: captureOf(day),
    body: `Testbericht Nummer ${day}: Die Testmeldung des Tages.`,
  });
});

let site: Awaited<ReturnType<typeof openSiteWith>>;

beforeAll(async () => {
  site = await openSiteWith(testArticles, { ...process.env, [SHARD_SIZE_VARIABLE]: String(SHARD_SIZE) });
}, 180_000);

afterAll(async () => {
  await site?.close();
  site?.remove();
});

/** The paths the page requests under /pagefind/, from now on. */
function pagefindRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/pagefind/')) paths.push(path);
  });
  return paths;
}

const olderShards = (requests: string[]) => requests.filter((path) => path.startsWith('/pagefind/teil/'));

const coverage = (page: Page) => page.textContent(`#${searchIds.coverage} span`);
const statusIs = (page: Page, text: string) =>
  page.waitForFunction(([id, wanted]) => document.getElementById(id)!.textContent === wanted, [
    searchIds.status,
    text,
  ] as const);

describe('the search over an index in shards', () => {
  it('searches the newest shard alone while it fills the page, and the older ones when the reader asks', async () => {
    const page = await site.browser.newPage();
    const requests = pagefindRequests(page);
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/wasm.de.pagefind')) responses.push(response);
    });
    await openSearchPage(site, '', page);
    const shown = await searchFor(page, 'Testmeldung');
    expect(shown).toHaveLength(FIRST_RESULTS);
    expect(await page.textContent(`#${searchIds.status}`)).toBe(`${NEWEST_SHARD} Treffer für „Testmeldung“.`);
    expect(await coverage(page)).toBe('Treffer aus 2026; Artikel aus 2023–2026 noch nicht durchsucht.');
    expect(olderShards(requests)).toEqual([]);
    await page.click(`#${searchIds.olderYears}`);
    await statusIs(page, `${TEST_ARTICLES} Treffer für „Testmeldung“.`);
    expect(await coverage(page)).toBe('Treffer aus 2023–2026.');
    expect(await page.isVisible(`#${searchIds.olderYears}`)).toBe(false);
    const older = olderShards(requests);
    for (const shard of ['/pagefind/teil/1/', '/pagefind/teil/2/'])
      expect(older.some((path) => path.startsWith(`${shard}index/`))).toBe(true);
    // One WebAssembly for all: each older shard's file is the 12-byte stand-in, and no script is fetched from it.
    // (Fetched in Pagefind's web worker, where the page's own resource timing does not see them.)
    const wasm = await Promise.all(
      responses.map(async (response) => [new URL(response.url()).pathname, (await response.body()).length] as const),
    );
    expect(wasm.find(([path]) => path === '/pagefind/wasm.de.pagefind')![1]).toBeGreaterThan(10_000);
    expect(wasm.filter(([path]) => path.startsWith('/pagefind/teil/')).map(([, size]) => size)).toEqual([12, 12]);
    expect(older.filter((path) => path.endsWith('.js'))).toEqual([]);
    await page.close();
  });

  it('pages past the newest shard\'s results into the older shards: "Weitere Treffer laden"', async () => {
    const page = await site.browser.newPage();
    const requests = pagefindRequests(page);
    await page.goto(site.url('/suche/?q=Testmeldung'));
    await statusIs(page, `${NEWEST_SHARD} Treffer für „Testmeldung“.`);
    const first = (await shownResults(page)).map((result) => result.path);
    expect(olderShards(requests)).toEqual([]);
    await page.click(`#${searchIds.more}`);
    await statusIs(page, `${TEST_ARTICLES} Treffer für „Testmeldung“.`);
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [
      `#${searchIds.results} .result`,
      FIRST_RESULTS,
    ] as const);
    const paths = (await shownResults(page)).map((result) => result.path);
    expect(paths.slice(0, FIRST_RESULTS)).toEqual(first);
    expect(new Set(paths).size).toBe(paths.length);
    expect(olderShards(requests).length).toBeGreaterThan(0);
    await page.close();
  });

  it('searches the older shard that holds a year filtered by, and counts every year over all shards', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Putin&jahr=2023'));
    await page.waitForSelector(`#${searchIds.results} .result`);
    expect((await shownResults(page)).map((result) => result.path)).toEqual(['/artikel/putin-und-kim-freunde-in-not/']);
    const label = (year: string) =>
      page.textContent(`#${searchIds.filters} label:has(input[name="jahr"][value="${year}"])`);
    expect(await label('2024')).toContain('(4)');
    // Without a query, the filters count the archive: 2026 is in all three shards, 1 + 6 + 5 articles.
    await page.goto(site.url('/suche/'));
    await page.click(`#${searchIds.filterPanel} summary`);
    await page.waitForSelector(`#${searchIds.filters} input[name="jahr"][value="2026"]`);
    expect(await label('2026')).toContain(`(${TEST_ARTICLES})`);
    expect(await label('2024')).toContain('(4)');
    expect(await label('2023')).toContain('(1)');
    await page.close();
  });

  it('sorts by date across shards: oldest first starts in the oldest shard', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Testmeldung&sortierung=alt'));
    await page.waitForSelector(`#${searchIds.results} .result`);
    const titles = (await shownResults(page)).map((result) => result.title);
    expect(titles).toEqual(Array.from({ length: FIRST_RESULTS }, (_, index) => `Testmeldung ${index + 1}`));
    await page.goto(site.url('/suche/?q=Testmeldung&sortierung=neu'));
    await page.waitForSelector(`#${searchIds.results} .result`);
    const newest = (await shownResults(page)).map((result) => result.title);
    expect(newest).toEqual(Array.from({ length: FIRST_RESULTS }, (_, index) => `Testmeldung ${TEST_ARTICLES - index}`));
    await page.close();
  });
});
