import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIds } from '../../src/routes.ts';
import { openSearchPage, searchFor, shownResults, shownShortcuts } from './search-helpers.ts';
import { openSite, type Site } from './site.ts';

/**
 * Relevance on the index of the fixture archive's five articles
 * (tests/fixtures/archive): what each query must find and must not find.
 * The articles, by a short name:
 */
const A = {
  luxusauto: '/artikel/putin-schenkt-kim-jong-un-ein-russisches-luxusauto/',
  sanktionen: '/artikel/russland-will-sanktionen-gegen-nordkorea-lockern/',
  freunde: '/artikel/putin-und-kim-freunde-in-not/',
  innig: '/artikel/putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen/',
  allianz: '/artikel/putin-und-kim-staerken-allianz-bei-historischem-besuch/',
};
const ALL = Object.values(A);
/** Words of no text that begin with a short word of one ("an", "indirekt", "Putin", "Kim", "ein"). */
const NOWHERE = ['Angela', 'Indien', 'Putinismus', 'Kimchi', 'Eintracht'];
const ALL_BUT = (...except: string[]) => ALL.filter((path) => !except.includes(path));

const CASES: { query: string; why: string; must: string[]; mustNot: string[] }[] = [
  { query: 'Luxusauto', why: 'an exact word', must: [A.luxusauto], mustNot: ALL_BUT(A.luxusauto) },
  {
    query: 'Limousine',
    why: 'an exact word in three texts',
    must: [A.luxusauto, A.innig, A.allianz],
    mustNot: [A.sanktionen, A.freunde],
  },
  // Typed, "Sanktion" also finds the "sanktioniertem" it begins in the Allianz article.
  { query: 'Sanktion', why: 'the singular finds the plural (stem)', must: ALL_BUT(A.innig), mustNot: [A.innig] },
  // "sanktioniertem" has another stem than "Sanktionen", and "Sanktionen" does not begin it.
  { query: 'Sanktionen', why: 'the plural', must: ALL_BUT(A.innig, A.allianz), mustNot: [A.innig, A.allianz] },
  { query: 'Kim Jong Un', why: 'a name, spaced', must: ALL, mustNot: [] },
  { query: 'Kim Jong-un', why: 'a name, hyphenated', must: ALL, mustNot: [] },
  { query: 'Kim Jong-Un', why: 'a name, hyphenated and capitalised', must: ALL, mustNot: [] },
  { query: 'Pjöngjang', why: 'a place as printed', must: ALL_BUT(A.luxusauto), mustNot: [A.luxusauto] },
  { query: 'Pyongyang', why: 'the English spelling of a place', must: ALL_BUT(A.luxusauto), mustNot: [A.luxusauto] },
  { query: 'Pjongjang', why: 'a place without its umlaut', must: ALL_BUT(A.luxusauto), mustNot: [A.luxusauto] },
  {
    query: 'Pjoengjang',
    why: 'a place with the umlaut typed as oe',
    must: ALL_BUT(A.luxusauto),
    mustNot: [A.luxusauto],
  },
  { query: 'Schoigu', why: 'a name as printed', must: [A.freunde], mustNot: ALL_BUT(A.freunde) },
  { query: 'Shoigu', why: 'the other spelling, also printed', must: [A.freunde], mustNot: ALL_BUT(A.freunde) },
  {
    query: 'Nebenzia',
    why: 'a spelling the text does not print',
    must: [A.sanktionen],
    mustNot: ALL_BUT(A.sanktionen),
  },
  {
    query: 'Kosyrew',
    why: 'the German spelling of a name printed in English',
    must: [A.freunde],
    mustNot: ALL_BUT(A.freunde),
  },
  { query: 'Aussenminister', why: 'ß typed as ss', must: [A.freunde], mustNot: ALL_BUT(A.freunde) },
  // The Allianz article has "Munition" only in its tag "Waffen und Munition": the tag shows above the results.
  {
    query: 'Munition',
    why: 'a word and the tail of "Artilleriemunition"',
    must: ALL_BUT(A.allianz),
    mustNot: [A.allianz],
  },
  {
    query: 'Aurus',
    why: 'the two articles about the Aurus car',
    must: [A.luxusauto, A.allianz],
    mustNot: [A.sanktionen, A.freunde, A.innig],
  },
  {
    query: 'Lieferungen',
    why: 'the tail of "Waffenlieferungen"',
    must: [A.freunde, A.sanktionen, A.allianz],
    mustNot: [A.luxusauto, A.innig],
  },
  {
    query: 'Waffenprogramm',
    why: 'the tail of "Atomwaffenprogramm"',
    must: [A.allianz, A.sanktionen, A.freunde],
    mustNot: [A.luxusauto, A.innig],
  },
  { query: 'Ion', why: 'a tail under four letters is never split off', must: [], mustNot: ALL },
  // No text has "Industrie" alone: the lexicon splits it off "Verteidigungsindustrie".
  {
    query: 'Industrie',
    why: 'a word only as the tail of one compound',
    must: [A.freunde],
    mustNot: ALL_BUT(A.freunde),
  },
  {
    query: 'Putin Limousine',
    why: 'two words: both must occur',
    must: [A.luxusauto, A.innig, A.allianz],
    mustNot: [A.sanktionen, A.freunde],
  },
  {
    query: '"strategische Partnerschaft"',
    why: 'a phrase',
    must: [A.sanktionen, A.allianz, A.innig],
    mustNot: [A.luxusauto, A.freunde],
  },
  { query: '"Partnerschaft strategische"', why: 'the phrase reversed occurs nowhere', must: [], mustNot: ALL },
  // A source is found by what the text prints: the Sanktionen article cites dpa without printing the name.
  { query: 'dpa', why: 'a source the text does not print', must: [], mustNot: ALL },
  { query: 'TASS', why: 'a cited source the text prints', must: [A.allianz], mustNot: ALL_BUT(A.allianz) },
  // The Luxusauto article does not print it; the UN tag used to have it as an alias.
  {
    query: 'Sicherheitsrat',
    why: 'a word, inflected and in "UN-Sicherheitsrat"',
    must: [A.freunde, A.sanktionen],
    mustNot: ALL_BUT(A.freunde, A.sanktionen),
  },
  { query: 'angegeben', why: 'a word of the site\'s label "Quelle nicht angegeben" only', must: [], mustNot: ALL },
  { query: 'Juni', why: 'a month of a date line only', must: [], mustNot: ALL },
  { query: 'Tagesspiegel', why: 'a source no text prints', must: [], mustNot: ALL },
  { query: 'Xylophon', why: 'no result', must: [], mustNot: ALL },
];

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite('fixture');
  page = await openSearchPage(site);
});
afterAll(() => site?.close());

describe('search relevance on the five articles', () => {
  it('has at least 20 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('$query ($why) returns exactly its expected articles', async ({ query, must, mustNot }) => {
    const found = (await searchFor(page, query)).map((result) => result.path);
    for (const path of mustNot) expect(found, `${query} must not find ${path}`).not.toContain(path);
    expect([...found].sort(), query).toEqual([...must].sort());
  });

  it('ranks articles that print a word above one that has it only inside a compound', async () => {
    const found = (await searchFor(page, 'Munition')).map((result) => result.path);
    expect(found.indexOf(A.sanktionen)).toBeGreaterThan(found.indexOf(A.freunde));
    expect(found.indexOf(A.sanktionen)).toBeGreaterThan(found.indexOf(A.luxusauto));
  });

  it.each(NOWHERE)(
    'finds nothing for %s, a word of no text that begins with a short word of one, finished or typed',
    async (word) => {
      const finished = await openSearchPage(site, word);
      expect(await shownResults(finished)).toEqual([]);
      expect(await finished.textContent(`#${searchIds.status}`)).toBe(`Keine Treffer für „${word}“.`);
      expect(await finished.textContent(`#${searchIds.suggestions}`)).toContain('Versuchen Sie');
      await finished.close();
      expect(await searchFor(page, word)).toEqual([]);
      expect(await searchFor(page, `${word} `)).toEqual([]);
    },
  );

  it('while a word is typed, finds the words it begins', async () => {
    expect((await searchFor(page, 'Limou')).map((result) => result.path).sort()).toEqual(
      [A.luxusauto, A.innig, A.allianz].sort(),
    );
    expect(await searchFor(page, 'Limou ')).toEqual([]);
  });

  it.each([
    ['Munition', 'Thema: Waffen und Munition'],
    ['Sicherheitsrat', 'Organisation: Vereinte Nationen'],
    ['Tagesspiegel', 'Quelle: Tagesspiegel'],
    ['dpa', 'Quelle: dpa'],
  ])('shows what %s names above the results: %s, linked to its page and as a filter', async (query, shortcut) => {
    await searchFor(page, query);
    const shown = await shownShortcuts(page);
    expect(shown.map((item) => item.text.split(',')[0])).toEqual([shortcut]);
    expect(shown[0]!.filterHref).toMatch(/[?&](thema|quelle)=/);
    expect(shown[0]!.href).toMatch(/^\/(themen|quellen)\/[a-z-]+\/$/);
  });

  it('shows no topic for a stop word of a label ("gegen" of "Krieg gegen die Ukraine")', async () => {
    await searchFor(page, 'gegen');
    expect(await shownShortcuts(page)).toEqual([]);
  });

  it('says why an article matched through a word it prints in another form, and marks that word', async () => {
    const results = await searchFor(page, 'Nebenzia');
    expect(results.map((result) => result.path)).toEqual([A.sanktionen]);
    expect(results[0]!.why).toEqual(['„Nebenzia“ gefunden in der Schreibweise »Nebensja«']);
    expect(results[0]!.marked).toEqual(['Nebensja']);
    // A spelling of two words: the excerpt is taken around it and marks it.
    const [kosyrew] = await searchFor(page, 'Kosyrew');
    expect(kosyrew!.why).toEqual(['„Kosyrew“ gefunden in der Schreibweise »Andrei Kozyrev«']);
    expect(kosyrew!.marked).toEqual(['Andrei Kozyrev']);
    const munition = await searchFor(page, 'Munition');
    const sanktionen = munition.find((result) => result.path === A.sanktionen)!;
    expect(sanktionen.why).toEqual(['„Munition“ gefunden als Teil von »Artilleriemunition«']);
    expect(sanktionen.marked).toEqual(['Artilleriemunition']);
    expect(munition.find((result) => result.path === A.freunde)!.why).toEqual([]);
    const [industrie] = await searchFor(page, 'Industrie');
    expect(industrie!.why).toEqual(['„Industrie“ gefunden als Teil von »Verteidigungsindustrie«']);
    expect(industrie!.marked).toEqual(['Verteidigungsindustrie']);
  });

  it('marks the word it matched through on the article page the result opens', async () => {
    await searchFor(page, 'Munition');
    const article = await site.browser.newPage();
    const href = await page.$eval(`#${searchIds.results} a[href^="${A.sanktionen}"]`, (link) =>
      link.getAttribute('href')!,
    );
    await article.goto(site.url(href));
    await article.waitForSelector('mark.pagefind-highlight');
    expect(await article.$$eval('mark.pagefind-highlight', (marks) => marks.map((mark) => mark.textContent))).toContain(
      'Artilleriemunition',
    );
    await article.close();
  });

  it('marks in the excerpt only the words a finished word finds, never a longer word it merely begins ("und" for "UN")', async () => {
    // Pagefind's excerpts of "UN" marked "und" and "unterstützt"; of "Auto", "Autokraten".
    const un = await searchFor(page, 'UN ');
    expect(un.length).toBeGreaterThan(0);
    for (const result of un) {
      expect(result.marked.length, result.path).toBeGreaterThan(0);
      for (const mark of result.marked)
        expect(
          mark.split(/[^\p{L}]+/u).map((part) => part.toLowerCase()),
          `${result.path}: ${mark}`,
        ).toContain('un');
    }
    const auto = await searchFor(page, 'Auto ');
    expect(auto.map((result) => result.path).sort()).toEqual([A.luxusauto, A.innig, A.allianz].sort());
    for (const result of auto) {
      expect(result.marked.length, result.path).toBeGreaterThan(0);
      // The word alone or in "Aurus-Auto", or the compound that the why names.
      for (const mark of result.marked)
        expect(
          /(^|-)Auto$/.test(mark) || result.why.some((why) => why.includes(`»${mark}«`)),
          `${result.path}: ${mark}`,
        ).toBe(true);
    }
  });

  it('marks whole words on the article page, every printed form found, and a word found without its umlaut', async () => {
    const marksOn = async (query: string, path: string) => {
      await searchFor(page, `${query} `);
      const href = await page.$eval(`#${searchIds.results} a[href^="${path}"]`, (link) => link.getAttribute('href')!);
      const article = await site.browser.newPage();
      await article.goto(site.url(href));
      await article.waitForSelector('mark.pagefind-highlight');
      const marks = await article.$$eval('mark.pagefind-highlight', (found) =>
        found.map((mark) => ({ text: mark.textContent, nested: !!mark.querySelector('mark') })),
      );
      await article.close();
      return marks;
    };
    // Before, "UN" marked the letters in "und", "verbündet" and "gefunden".
    const un = await marksOn('UN', A.sanktionen);
    expect(un.length).toBeGreaterThan(0);
    for (const mark of un) expect(mark.text.toLowerCase()).toBe('un');
    // "Sicherheitsrat" finds "UN-Sicherheitsrates" and "Sicherheitsrats": both marked, though neither is the word typed.
    expect(new Set((await marksOn('Sicherheitsrat', A.freunde)).map((mark) => mark.text))).toEqual(
      new Set(['Sicherheitsrates', 'Sicherheitsrats']),
    );
    expect((await marksOn('Aussenminister', A.freunde)).map((mark) => mark.text)).toContain('Außenministers');
    // A compound and its part are not marked one inside the other.
    const industrie = await marksOn('Industrie', A.freunde);
    expect(industrie.map((mark) => mark.text)).toContain('Verteidigungsindustrie');
    expect(industrie.filter((mark) => mark.nested)).toEqual([]);
  });

  it('says "Keine Treffer" and suggests a search without quotes and with fewer words', async () => {
    await searchFor(page, '"Putin schenkt Xylophon"');
    expect(await page.textContent('#suchstatus')).toBe('Keine Treffer für „"Putin schenkt Xylophon"“.');
    const suggestions = await page.$$eval('#suchvorschlaege a', (links) =>
      links.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).getAttribute('href') })),
    );
    expect(suggestions).toContainEqual({
      text: 'ohne Anführungszeichen: Putin schenkt Xylophon',
      href: '/suche/?q=Putin+schenkt+Xylophon',
    });
    expect(suggestions).toContainEqual({ text: 'Putin schenkt', href: '/suche/?q=Putin+schenkt' });
  });
});
