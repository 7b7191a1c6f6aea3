import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './site.ts';

/**
 * The timelines of the fixture archive (five articles of 2023 and 2024, two
 * of them without a month), read as a reader's browser gets them: what a
 * chart counts, in its bars and in what it shows apart, is checked against
 * the articles its page's listing shows over all its pages, never against
 * the code that bins them.
 */
let site: Site;
let page: Page;
let scripts: string[] = [];

beforeAll(async () => {
  site = await openSite('fixture');
  page = await site.browser.newPage();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
});
afterAll(() => site?.close());

async function open(path: string): Promise<void> {
  scripts = [];
  await page.goto(site.url(path));
}

/** The articles a listing shows, over all its pages (followed by their numbered links). */
async function listedCount(base: string): Promise<number> {
  const seen = new Set<string>([base]);
  const queue = [base];
  let count = 0;
  while (queue.length > 0) {
    await open(queue.shift()!);
    count += await page.locator('main .summaries .summary__title a').count();
    for (const href of await page.$$eval('.pagination a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    )) {
      if (!seen.has(href)) {
        queue.push(href);
        seen.add(href);
      }
    }
  }
  return count;
}

const countIn = (text: string) => Number(/(\d+) Artikel/.exec(text)?.[1] ?? NaN);

/** What the page's chart counts: its bars (their accessible text, or its table) and its spans apart. */
async function chartCounts(): Promise<{
  bars: { label: string; href: string | null; count: number }[];
  apart: number[];
}> {
  const linked = await page.$$eval('.timeline a:has(.timeline__bar)', (links) =>
    links.map((a) => ({ label: a.getAttribute('aria-label')!, href: a.getAttribute('href') })),
  );
  const rows = await page.$$eval('.timeline__table tbody tr', (trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('th')!.textContent,
      count: Number(tr.querySelector('td')!.textContent),
    })),
  );
  const bars =
    linked.length > 0
      ? linked.map((bar) => ({ ...bar, count: countIn(bar.label) }))
      : rows.map((row) => ({ ...row, href: null }));
  const apart = (await page.$$eval('.timeline__span', (spans) => spans.map((span) => span.textContent))).map(countIn);
  return { bars, apart };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe.each([
  ['the archive', '/archiv/', '/'],
  ['a topic page', '/themen/kim-jong-un/', '/themen/kim-jong-un/'],
  ['a topic page with one article', '/themen/atomprogramm/', '/themen/atomprogramm/'],
  ['a source page', '/quellen/nicht-angegeben/', '/quellen/nicht-angegeben/'],
  ["a cited source's page", '/quellen/tass/', '/quellen/tass/'],
])('the timeline of %s', (_, path, listing) => {
  it('is there, with a caption and a legend, and requests no script', async () => {
    await open(path);
    expect(await page.locator('figure.timeline svg').count()).toBeGreaterThan(0);
    expect(await page.textContent('.timeline figcaption')).toMatch(/Artikel je Monat/);
    expect(await page.textContent('.timeline__legend')).toMatch(/Balken/);
    expect(scripts).toEqual([]);
  });

  it('counts, in its bars and apart, exactly the articles its listing shows', async () => {
    const expected = await listedCount(listing);
    await open(path);
    const { bars, apart } = await chartCounts();
    expect(bars.every((bar) => bar.count > 0)).toBe(true);
    expect(sum(bars.map((bar) => bar.count)) + sum(apart)).toBe(expected);
  });
});

describe("the archive's chart", () => {
  it('shows the two articles without a month apart, and the three with one in their months', async () => {
    await open('/archiv/');
    const { bars, apart } = await chartCounts();
    expect(bars.map((bar) => bar.label)).toEqual(['Juni 2024: 2 Artikel', 'Juli 2024: 1 Artikel']);
    expect(apart).toEqual([1, 1]);
    expect(await page.textContent('.timeline__apart')).toMatch(
      /August bis Dezember 2023: 1 Artikel.*ab Februar 2024: 1 Artikel/,
    );
  });

  it('links each bar to a month page that lists exactly as many articles', async () => {
    await open('/archiv/');
    const { bars } = await chartCounts();
    for (const bar of bars) {
      expect(await listedCount(bar.href!), bar.label).toBe(bar.count);
      expect(await page.textContent('h1'), bar.label).toBe(bar.label.split(':')[0]);
    }
  });
});

describe("a topic's timeline", () => {
  it('links each year with articles to the search filtered by the topic and the year', async () => {
    await open('/themen/kim-jong-un/');
    const years = await page.$$eval('.timeline__chart a', (links) =>
      links.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') })),
    );
    expect(years).toEqual([
      { href: '/suche/?thema=Kim+Jong+Un&jahr=2023', label: 'Kim Jong Un, 2023: Artikel in der Suche' },
      { href: '/suche/?thema=Kim+Jong+Un&jahr=2024', label: 'Kim Jong Un, 2024: Artikel in der Suche' },
    ]);
  });
});

describe('the topic index', () => {
  it('draws a sparkline beside each topic, and requests no script', async () => {
    await open('/themen/');
    const topics = await page.locator('.tag-index li').count();
    expect(topics).toBeGreaterThan(0);
    expect(await page.locator('.tag-index li svg.sparkline path').count()).toBe(topics);
    expect(scripts).toEqual([]);
  });
});

describe('the year pages', () => {
  it('link each month heading to its month page', async () => {
    await open('/archiv/2024/');
    expect(await page.$$eval('main section > h2 > a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/archiv/2024/07/',
      '/archiv/2024/06/',
    ]);
  });
});
