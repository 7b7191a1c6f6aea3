import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testArticle } from '../support/test-article.ts';
import { openSiteWith } from './site.ts';

/**
 * Listings are paged from the oldest article (src/archive/paging.ts); an
 * address of the earlier paging, `<base>seite/<n>/` counted from the newest,
 * is forwarded by the 404 page to the page that holds its first article
 * today. On a site of its own: the fixture archive (2023 and 2024) and 45
 * test articles of January and February 2026, the newest of the archive,
 * each its own day, tagged "sanktionen".
 */
const TEST_ARTICLES = 45;

const dayOf = (number: number) => new Date(Date.UTC(2026, 0, number)).toISOString().slice(0, 10);

const testArticles = Array.from({ length: TEST_ARTICLES }, (_, index) => {
  const number = index + 1;
  return testArticle({
    file: `altmeldung-${number}.md`,
    title: `Altmeldung ${number}`,
    date: dayOf(number),
    capture: `${700 + number}_${String(number).padStart(16, '0')}`,
    body: `Altbericht Nummer ${number}: eine Meldung des Tages.`,
  });
});

let site: Awaited<ReturnType<typeof openSiteWith>>;

beforeAll(async () => {
  site = await openSiteWith(testArticles);
}, 180_000);

afterAll(async () => {
  await site?.close();
  site?.remove();
});

/** Opens `path` and waits until the browser has left it for a listing page; returns where it arrived and the titles there. */
async function arriveFrom(path: string): Promise<{ path: string; titles: string[] }> {
  const page = await site.browser.newPage();
  try {
    await page.goto(site.url(path));
    await page.waitForURL((url) => !url.pathname.includes('/seite/'));
    await page.waitForSelector('.summary__title');
    const titles = await page.$$eval('.summary__title', (titles) => titles.map((title) => title.textContent.trim()));
    return { path: new URL(page.url()).pathname, titles };
  } finally {
    await page.close();
  }
}

describe('an address of the earlier paging', () => {
  it('leads to the page that holds the article it began with', async () => {
    // /seite/2/ began with the 21st newest article, Altmeldung 25; /seite/3/ with the 41st, Altmeldung 5.
    const second = await arriveFrom('/seite/2/');
    expect(second.path).toMatch(/^\/blatt\/\d+\/$/);
    expect(second.titles).toContain('Altmeldung 25');
    const third = await arriveFrom('/seite/3/');
    expect(third.titles).toContain('Altmeldung 5');
    expect(third.path).not.toBe(second.path);
  });

  it("leads within a topic, and past the listing's end to the listing itself", async () => {
    const topic = await arriveFrom('/themen/sanktionen/seite/2/');
    expect(topic.path).toMatch(/^\/themen\/sanktionen\/(blatt\/\d+\/)?$/);
    expect(topic.titles).toContain('Altmeldung 25');
    const beyond = await arriveFrom('/themen/sanktionen/seite/400/');
    expect(beyond.path).toBe('/themen/sanktionen/');
  });
});

describe('paging from the oldest', () => {
  it('leads from the newest articles to older pages and back, and ends at page 1', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url('/'));
      expect(await page.textContent('.summary__title')).toContain('Altmeldung 45');
      await page.click('.pagination a[rel="next"]');
      await page.waitForURL((url) => url.pathname.startsWith('/blatt/'));
      await page.click('.pagination a[rel="prev"]');
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto(site.url('/blatt/1/'));
      expect(await page.textContent('h1')).toContain('Seite 1');
      expect(await page.$('.pagination a[rel="prev"]')).not.toBeNull();
      expect(await page.$('.pagination a[rel="next"]')).toBeNull();
    } finally {
      await page.close();
    }
  });
});
