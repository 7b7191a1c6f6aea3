import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_RESULTS, MORE_RESULTS } from '../../src/search/results-per-page.ts';
import { allResults, searchFor } from './search-helpers.ts';
import { testArticle } from '../support/test-article.ts';
import { openSiteWith } from './site.ts';

/**
 * Spelling variants, proved on test-only articles that each print exactly one
 * spelling of a name, built into a copy of the site: every spelling finds
 * every article, an article that prints the searched spelling ranks above one
 * found only through a variant, and no variant shows in an excerpt.
 */
const GROUPS: Record<string, string[]> = {
  kim: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'],
  pjoengjang: ['Pjöngjang', 'Pyongyang', 'Pjongjang'],
  schoigu: ['Schoigu', 'Shoigu'],
  nebensja: ['Nebensja', 'Nebenzia'],
  kosyrew: ['Kosyrew', 'Kozyrev'],
};

/** A capture id of the documented form for the test article of a day. */
const captureOf = (day: number) => `${900 + day}_${String(day).padStart(16, '0')}`;

const fixture = (slug: string, day: number, body: string) =>
  testArticle({
    file: `test-${slug}.md`,
    title: `Testmeldung ${day}`,
    date: `2020-01-${String(day).padStart(2, '0')}`,
    capture: captureOf(day),
    body,
  });

// Slugs and titles carry no spelling, so only the body can match.
const FIXTURES: { slug: string; group: string; spelling: string }[] = Object.entries(GROUPS)
  .flatMap(([group, spellings]) => spellings.map((spelling) => ({ group, spelling })))
  .map((member, index) => ({ ...member, slug: `meldung-${index + 1}` }));

/**
 * Same words for search: case, hyphens and accents do not count. Pagefind
 * itself folds accents, so "Pjongjang" finds "Pjöngjang" as a real occurrence.
 */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/-/g, ' ');
const sameWords = (a: string, b: string) => fold(a) === fold(b);

let site: Awaited<ReturnType<typeof openSiteWith>>;
let page: Page;

beforeAll(async () => {
  // The fixture archive beside the test's own articles: the results these tests count stay known.
  site = await openSiteWith([
    ...FIXTURES.map(({ slug, spelling }, index) =>
      fixture(slug, index + 1, `Testbericht: Heute sprach ${spelling} lange mit Delegationen aus vielen Ländern.`),
    ),
    fixture('feindselig', 28, 'Testbericht über Code: `<img src=x onerror="window.gehackt=1">` im Text.'),
  ]);
  page = await site.browser.newPage();
  await page.goto(site.url('/suche/'));
}, 180_000);

afterAll(async () => {
  await site?.close();
  site?.remove();
});

describe.each(Object.entries(GROUPS))('the spellings of %s', (group, spellings) => {
  const members = FIXTURES.filter((f) => f.group === group);
  const pathOf = (slug: string) => `/artikel/test-${slug}/`;

  it.each(spellings)('"%s" finds every article of the name, and printed spellings rank first', async (query) => {
    await searchFor(page, query);
    const results = await allResults(page);
    const found = results.map((result) => result.path);
    for (const member of members) expect(found, `${query} -> ${member.spelling}`).toContain(pathOf(member.slug));

    const ranks = members.map((member) => ({ member, rank: found.indexOf(pathOf(member.slug)) }));
    const printed = ranks.filter(({ member }) => sameWords(member.spelling, query));
    const variantOnly = ranks.filter(({ member }) => !sameWords(member.spelling, query));
    expect(printed.length).toBeGreaterThan(0);
    for (const real of printed)
      for (const other of variantOnly)
        expect(real.rank, `${real.member.spelling} before ${other.member.spelling}`).toBeLessThan(other.rank);

    for (const member of members) {
      const excerpt = results.find((result) => result.path === pathOf(member.slug))!.excerpt;
      for (const spelling of spellings) {
        if (!sameWords(spelling, member.spelling))
          expect(excerpt, `excerpt of ${member.spelling}`).not.toContain(spelling);
      }
    }
  });
});

describe('results beyond the first page', () => {
  it('load on demand', async () => {
    // Every test report says "Testbericht": the first results, then more at each click.
    const total = FIXTURES.length + 1;
    expect(total).toBeGreaterThan(FIRST_RESULTS);
    await searchFor(page, 'Testbericht');
    expect(await page.$$eval('#suchergebnisse .result', (items) => items.length)).toBe(FIRST_RESULTS);
    await page.click('#weitere-treffer');
    const shown = Math.min(total, FIRST_RESULTS + MORE_RESULTS);
    await page.waitForFunction((count) => document.querySelectorAll('#suchergebnisse .result').length === count, shown);
    expect(await page.isHidden('#weitere-treffer')).toBe(shown === total);
    expect(
      await page.evaluate(
        (first) =>
          document.activeElement?.closest('.result') === document.querySelectorAll('#suchergebnisse .result')[first],
        FIRST_RESULTS,
      ),
    ).toBe(true);
  });
});

describe('a result whose text holds markup', () => {
  it('shows the markup as text and runs none of it', async () => {
    const [result] = await searchFor(page, 'onerror');
    expect(result?.path).toBe('/artikel/test-feindselig/');
    expect(result?.excerpt).toContain('<img src=x onerror=');
    expect(
      await page.$$eval('#suchergebnisse .result__excerpt *', (nodes) => nodes.map((node) => node.tagName)),
    ).toEqual(['MARK']);
    expect(await page.evaluate(() => (window as unknown as { gehackt?: number }).gehackt)).toBeUndefined();
  });
});
