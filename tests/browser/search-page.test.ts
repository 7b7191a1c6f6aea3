import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openSearchPage,
  recordPagefindSearches,
  requestsUnder,
  searchFor,
  shownResults,
  sortBy,
} from './search-helpers.ts';
import { openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite('fixture');
});
afterAll(() => site?.close());

let HOME_ORDER: string[] = [];
beforeAll(async () => {
  const page = await site.browser.newPage();
  await page.goto(site.url('/'));
  HOME_ORDER = await page.$$eval('.summary__title a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await page.close();
});

describe('the search page', () => {
  it('runs the search a shared URL carries (?q=) and fills the field', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Limousine'));
    await page.waitForSelector('#suchergebnisse .result');
    expect(await page.inputValue('#suchbegriff')).toBe('Limousine');
    expect((await shownResults(page)).length).toBe(3);
    expect(await page.textContent('#suchstatus')).toBe('3 Treffer für „Limousine“.');
    await page.close();
  });

  it('keeps the URL in step with what the reader types, filters and sorts', async () => {
    const page = await openSearchPage(site);
    await searchFor(page, 'Putin');
    expect(new URL(page.url()).search).toBe('?q=Putin');
    await page.selectOption('#sortierung', 'neu');
    await page.waitForURL(/sortierung=neu/);
    await page.click('#filterbereich summary');
    await page.check('#suchfilter input[name="jahr"][value="2024"]');
    await page.waitForURL(/jahr=2024/);
    expect(new URL(page.url()).searchParams.getAll('jahr')).toEqual(['2024']);
    await page.close();
  });

  it('searches a word of two letters once the reader pauses, never one letter alone: they would load much of the index for little', async () => {
    const page = await site.browser.newPage();
    const searches = await recordPagefindSearches(page);
    // Ready: the script listens and no search is going on. A search the one
    // letter set off would run at once, before the one for "Pu", and be
    // recorded; asked for during a search, "Pu" would supersede it unseen.
    await openSearchPage(site, '', page);
    const indexRequests = requestsUnder(page, '/pagefind/index/');
    await page.locator('#suchbegriff').pressSequentially('P');
    await page.waitForFunction(
      () => document.querySelector('#suchstatus')!.textContent === 'Gesucht wird ab zwei Zeichen.',
    );
    expect(indexRequests).toEqual([]);
    expect(await page.$$('#suchergebnisse .result')).toEqual([]);
    await page.locator('#suchbegriff').pressSequentially('u');
    await page.waitForFunction(() => document.querySelector('#suchstatus')!.textContent === '5 Treffer für „Pu“.');
    // null: the search without a word that gets Pagefind ready while the reader has yet to type.
    expect((await searches()).filter((query) => query !== null)).toEqual(['Pu']);
    expect(indexRequests.length).toBeGreaterThan(0);
    // Back to one letter: the results of "Pu" go, and the page says why nothing is shown.
    await page.locator('#suchbegriff').press('Backspace');
    await page.waitForFunction(
      () => document.querySelector('#suchstatus')!.textContent === 'Gesucht wird ab zwei Zeichen.',
    );
    expect(await page.$$('#suchergebnisse .result')).toEqual([]);
    expect((await searches()).filter((query) => query !== null)).toEqual(['Pu']);
    await page.close();
  });

  it('gets Pagefind ready before the reader types, with a search that downloads no index file, unless a search came with the page', async () => {
    const page = await site.browser.newPage();
    const searches = await recordPagefindSearches(page);
    const downloads = requestsUnder(page, '/pagefind/');
    await openSearchPage(site, '', page);
    await page.waitForFunction(() => (globalThis as { __pagefindSearches?: unknown[] }).__pagefindSearches?.length);
    expect(await searches()).toEqual([null]);
    expect(downloads.filter((url) => /\/pagefind\/(index|fragment|filter)\//.test(url))).toEqual([]);
    // Arriving with a query, the page's first search is the reader's: nothing more runs.
    await page.goto(site.url('/suche/?q=Limousine'));
    await page.waitForSelector('#suchergebnisse .result');
    await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
    expect(await searches()).toContain('Limousine');
    expect(await searches()).not.toContain(null);
    await page.close();
  });

  it('searches none of the short beginnings of a word typed in one go, only from its third letter', async () => {
    const page = await site.browser.newPage();
    const searches = await recordPagefindSearches(page);
    await openSearchPage(site, '', page);
    await page.locator('#suchbegriff').pressSequentially('Putin');
    await page.waitForFunction(() => document.querySelector('#suchstatus')!.textContent?.endsWith('für „Putin“.'));
    const searched = await searches();
    expect(searched).toContain('Putin');
    expect(searched.filter((query) => query !== null && query.length < 3)).toEqual([]);
    await page.close();
  });

  it('filters by Thema, Quelle and Jahr, with counts', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Putin&quelle=TASS'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path)).toEqual([
      '/artikel/putin-und-kim-staerken-allianz-bei-historischem-besuch/',
    ]);
    await page.goto(site.url('/suche/?q=Putin&jahr=2023'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path)).toEqual(['/artikel/putin-und-kim-freunde-in-not/']);
    await page.goto(site.url('/suche/?q=Putin&thema=Vereinte+Nationen'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path).sort()).toEqual(
      [
        '/artikel/putin-schenkt-kim-jong-un-ein-russisches-luxusauto/',
        '/artikel/russland-will-sanktionen-gegen-nordkorea-lockern/',
      ].sort(),
    );
    const label = await page.textContent('#suchfilter label:has(input[name="thema"][value="Vereinte Nationen"])');
    expect(label?.replace(/\s+/g, ' ').trim()).toBe('Vereinte Nationen (2)');
    await page.close();
  });

  it('sorts by date in the archive order, newest or oldest first', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Putin&sortierung=neu'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path)).toEqual(HOME_ORDER);
    await page.goto(site.url('/suche/?q=Putin&sortierung=alt'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path)).toEqual([...HOME_ORDER].reverse());
    await page.close();
  });

  it('highlights the search terms on the article a result opens, and the back button returns to the results', async () => {
    const page = await openSearchPage(site);
    await searchFor(page, 'Limousine');
    const first = (await shownResults(page))[0]!;
    await Promise.all([page.waitForURL(/\/artikel\//), page.click('#suchergebnisse .result h2 a')]);
    expect(new URL(page.url()).pathname).toBe(first.path);
    expect(new URL(page.url()).searchParams.get('markiert')).toBe('Limousine');
    await page.waitForSelector('mark.pagefind-highlight');
    expect(await page.$$eval('mark.pagefind-highlight', (marks) => marks.map((m) => m.textContent))).toContain(
      'Limousine',
    );
    await page.goBack();
    await page.waitForSelector('#suchergebnisse .result');
    expect(await page.inputValue('#suchbegriff')).toBe('Limousine');
    expect((await shownResults(page)).map((r) => r.path)).toContain(first.path);
    await page.close();
  });

  it('announces results to screen readers and labels its field', async () => {
    const page = await openSearchPage(site);
    expect(await page.getAttribute('#suchstatus', 'aria-live')).toBe('polite');
    expect(await page.textContent('label[for="suchbegriff"]')).toBe('Suchbegriff');
    await page.close();
  });
});

describe('the search field in the site header', () => {
  it('works without JavaScript: a plain GET form to /suche/?q=', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/themen/'));
    await page.fill('#kopfsuche', 'Kim Jong Un');
    await Promise.all([page.waitForURL(/\/suche\//), page.press('#kopfsuche', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kim Jong Un');
    await context.close();
  });
});

describe('article pages and scripts', () => {
  it('request no script file, unless the reader comes from a search', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const article = '/artikel/putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen/';
    await page.goto(site.url(article));
    expect(scripts).toEqual([]);
    await page.goto(site.url(`${article}?markiert=Limousine`));
    await page.waitForSelector('mark.pagefind-highlight');
    expect(scripts).toEqual(['/pagefind/pagefind-highlight.js']);
    await page.close();
  });
});

describe('the search page without a query', () => {
  it('shows the two Aurus articles for /suche/?q=Aurus, and a new query updates results and URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Aurus'));
    await page.waitForSelector('#suchergebnisse .result');
    expect((await shownResults(page)).map((r) => r.path).sort()).toEqual(
      [
        '/artikel/putin-schenkt-kim-jong-un-ein-russisches-luxusauto/',
        '/artikel/putin-und-kim-staerken-allianz-bei-historischem-besuch/',
      ].sort(),
    );
    await searchFor(page, 'Teeservice');
    expect((await shownResults(page)).map((r) => r.path)).toEqual([
      '/artikel/putin-und-kim-staerken-allianz-bei-historischem-besuch/',
    ]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Teeservice');
    await page.close();
  });

  it('filters and sorts without a query', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/'));
    await page.click('#filterbereich summary');
    await page.waitForSelector('#suchfilter input[name="jahr"][value="2023"]');
    expect(await page.textContent('#suchfilter label:has(input[value="2024"])')).toContain('(4)');
    await page.check('#suchfilter input[name="jahr"][value="2024"]');
    await page.waitForURL(/jahr=2024/);
    await page.waitForFunction(() => document.querySelectorAll('#suchergebnisse .result').length === 4);
    // The status reads the same before and after: wait for the results of the sorted search itself.
    const oldestFirst = (await sortBy(page, 'alt')).map((r) => r.path);
    expect(new URL(page.url()).searchParams.get('sortierung')).toBe('alt');
    expect(await page.textContent('#suchstatus')).toBe('4 Treffer mit diesen Filtern.');
    expect(oldestFirst).toEqual(HOME_ORDER.filter((path) => oldestFirst.includes(path)).reverse());
    await page.close();
  });
});

describe('filter choices', () => {
  it('load the filter indexes only when the reader opens the filters or arrives with some chosen', async () => {
    const page = await site.browser.newPage();
    const filterRequests = requestsUnder(page, '/pagefind/filter/');
    await page.goto(site.url('/suche/?q=Putin'));
    await page.waitForSelector('#suchergebnisse .result');
    expect(filterRequests).toEqual([]);
    expect(await page.$eval('#filterbereich', (details) => (details as HTMLDetailsElement).open)).toBe(false);
    await page.click('#filterbereich summary');
    await page.waitForSelector('#suchfilter input[name="jahr"][value="2023"]');
    expect(filterRequests.length).toBeGreaterThan(0);
    expect(await page.textContent('#suchfilter label:has(input[name="jahr"][value="2024"])')).toContain('(4)');
    await page.goto(site.url('/suche/?q=Putin&jahr=2024'));
    await page.waitForSelector('#suchfilter input[name="jahr"][value="2024"]:checked');
    expect(await page.$eval('#filterbereich', (details) => (details as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('keep the other values of the same filter open: years are alternatives', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/suche/?q=Putin&jahr=2024'));
    await page.waitForSelector('#suchergebnisse .result');
    expect(await page.textContent('#suchfilter label:has(input[name="jahr"][value="2023"])')).toContain('(1)');
    await page.check('#suchfilter input[name="jahr"][value="2023"]');
    await page.waitForFunction(() => document.querySelector('#suchstatus')!.textContent === '5 Treffer für „Putin“.');
    await page.close();
  });
});
