import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARCHIVE } from '../support/fixture-archive.ts';
import { openSite, type Site } from './site.ts';

/** Listings, feeds and article pages of the fixture archive: five known articles from 2023 and 2024. */

let site: Site;
let page: Page;
let homeOrder: string[] = [];
const articleSlugs = readdirSync(`${FIXTURE_ARCHIVE}/articles`).map((name) => `/artikel/${name.replace(/\.md$/, '')}/`);

beforeAll(async () => {
  site = await openSite('fixture');
  page = await site.browser.newPage();
  await page.goto(site.url('/'));
  homeOrder = await page.$$eval('.summary__title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
});
afterAll(() => site?.close());

const listed = () => page.$$eval('.summary__title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));

describe('the archive by time', () => {
  it('lists years and months whose counts add up to all articles', async () => {
    await page.goto(site.url('/archiv/'));
    const years = await page.$$eval('.year-index > li > h2', (headings) =>
      headings.map((h) => ({
        year: h.querySelector('a')!.textContent,
        count: Number(h.querySelector('.count')!.textContent.split(' ')[0]),
      })),
    );
    expect(years.map((y) => y.year)).toEqual(['2024', '2023']);
    expect(years.reduce((sum, y) => sum + y.count, 0)).toBe(articleSlugs.length);
  });

  it("shows each year's articles once, marking those without a month", async () => {
    const seen: string[] = [];
    for (const year of ['2024', '2023']) {
      await page.goto(site.url(`/archiv/${year}/`));
      seen.push(...(await listed()));
    }
    expect([...seen].sort()).toEqual([...articleSlugs].sort());
    await page.goto(site.url('/archiv/2023/'));
    expect(await page.textContent('#ohne-monat')).toBe('Ohne Monatsangabe');
  });
});

describe('the archive by source', () => {
  it('lists "Quelle nicht angegeben" with all five articles and each cited source with its article', async () => {
    await page.goto(site.url('/quellen/nicht-angegeben/'));
    expect([...(await listed())].sort()).toEqual([...articleSlugs].sort());
    await page.goto(site.url('/quellen/tass/'));
    expect(await listed()).toEqual(['/artikel/putin-und-kim-staerken-allianz-bei-historischem-besuch/']);
    await page.goto(site.url('/quellen/'));
    const counts = await page.$$eval('#genannt ~ ul li', (items) =>
      items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    );
    expect(counts).toContain('Deutsche Presse-Agentur 1-mal genannt');
  });
});

describe('article pages', () => {
  it('list related articles, never the article itself', async () => {
    for (const slug of articleSlugs) {
      await page.goto(site.url(slug));
      const related = await page.$$eval('.related a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(related.length, slug).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(5);
      expect(related).not.toContain(slug);
    }
  });

  it('carry JSON-LD that parses and matches what the page shows', async () => {
    for (const slug of articleSlugs) {
      await page.goto(site.url(slug));
      const [article, breadcrumb] = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
      expect(article['@type']).toBe('NewsArticle');
      expect(article.headline).toBe((await page.textContent('h1'))!.replace(/\s+/g, ' ').trim());
      expect(article.description).toBe(await page.textContent('.lead'));
      const times = await page.$$eval('.article-meta time', (t) => t.map((time) => time.getAttribute('datetime')));
      const shown = (await page.textContent('.article-meta .article-date'))!;
      if (shown.includes('erschlossen')) expect(article).not.toHaveProperty('datePublished');
      if (shown.includes('Stand')) expect(article.dateModified).toBe(times[0]);
      if (article.datePublished) expect(article.datePublished).toBe(times[0]);
      const tags = await page.$$eval('.article__header .tag-list a', (links) => links.map((a) => a.textContent));
      expect(article.keywords).toBe(tags.join(', '));
      expect(breadcrumb['@type']).toBe('BreadcrumbList');
      expect(await page.getAttribute('meta[name="citation_title"]', 'content')).toBe(article.headline);
    }
  });

  it('have a permanent short URL that leads to them', async () => {
    await page.goto(site.url('/a/003_8186d7623cbe01d7/'));
    await page.waitForURL(/\/artikel\//);
    expect(new URL(page.url()).pathname).toBe('/artikel/putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen/');
    expect(await page.textContent('.citation')).toContain('/a/003_8186d7623cbe01d7/');
  });
});

describe('feeds', () => {
  async function feed(path: string) {
    return page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        links: [...xml.querySelectorAll('item > link')].map((link) => new URL(link.textContent).pathname),
      };
    }, site.url(path));
  }

  it('the archive feed parses and lists the newest articles first', async () => {
    await page.goto(site.url('/'));
    const { error, links } = await feed('/feed.xml');
    expect(error).toBeNull();
    expect(links).toEqual(homeOrder);
    expect(await page.getAttribute('link[rel="alternate"][type="application/rss+xml"]', 'href')).toBe('/feed.xml');
  });

  it('each tag has a feed of its articles, announced on its page', async () => {
    await page.goto(site.url('/themen/pjoengjang/'));
    const announced = await page.$$eval('link[rel="alternate"]', (links) => links.map((l) => l.getAttribute('href')));
    expect(announced).toContain('/themen/pjoengjang/feed.xml');
    const { error, links } = await feed('/themen/pjoengjang/feed.xml');
    expect(error).toBeNull();
    expect(links).toEqual(await listed());
  });

  it('the sitemap and robots.txt exist, and pages carry a canonical URL', async () => {
    const robots = await (await fetch(site.url('/robots.txt'))).text();
    expect(robots).toMatch(/^Sitemap: .*\/sitemap-index\.xml$/m);
    expect((await fetch(site.url('/sitemap-index.xml'))).status).toBe(200);
    await page.goto(site.url('/themen/'));
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/themen\/$/);
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe('Themen');
  });
});
