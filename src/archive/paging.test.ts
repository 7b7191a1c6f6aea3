import { describe, expect, it } from 'vitest';
import { earlierPageNumber, pageOfIndex } from './page-numbers.ts';
import { pageUrl } from '../routes.ts';
import { PAGE_GAP, pageLinks, paginate, type PageLink } from './paging.ts';

/** Articles "1" (the oldest) to "n" (the newest), newest first, as a listing holds them. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, index) => String(count - index));

const summary = (links: PageLink[]) =>
  links.map((link) => (link === PAGE_GAP ? '…' : `${link.number ?? 'neueste'}${link.current ? '*' : ''}`)).join(' ');

describe('paginate', () => {
  it('numbers pages from the oldest, the listing showing the newest block and, while that is short, the one before', () => {
    const pages = paginate(newestFirst(10), '/themen/x/', 3);
    expect(pages.map((page) => [page.number, page.items.join(','), page.url])).toEqual([
      [undefined, '10,9,8,7', '/themen/x/'],
      [2, '6,5,4', '/themen/x/blatt/2/'],
      [1, '3,2,1', '/themen/x/blatt/1/'],
    ]);
    expect(pages.map((page) => page.total)).toEqual([10, undefined, undefined]);
  });

  it('links each page to the next newer and the next older one', () => {
    const pages = paginate(newestFirst(10), '/themen/x/', 3);
    expect(pages.map((page) => [page.newer, page.older])).toEqual([
      [undefined, '/themen/x/blatt/2/'],
      ['/themen/x/', '/themen/x/blatt/1/'],
      ['/themen/x/blatt/2/', undefined],
    ]);
  });

  it('shows a short listing at its own URL alone, and keeps that page for an empty one', () => {
    expect(paginate(newestFirst(29), '/', 20).map((page) => page.items.length)).toEqual([29]);
    expect(paginate([], '/', 20)).toEqual([
      { number: undefined, items: [], url: '/', newer: undefined, older: undefined, links: [], total: 0 },
    ]);
  });

  it('keeps every numbered page as it was when a newer article joins the listing', () => {
    for (let count = 1; count <= 40; count++) {
      const before = paginate(newestFirst(count), '/', 3).filter((page) => page.number !== undefined);
      const after = new Map(paginate(newestFirst(count + 1), '/', 3).map((page) => [page.number, page]));
      for (const page of before)
        expect(after.get(page.number)!.items, `${count}: page ${page.number}`).toEqual(page.items);
      // Only the newest three numbered pages may change their links, once a block fills.
      const changed = before.filter((page) => JSON.stringify(after.get(page.number)) !== JSON.stringify(page));
      expect(changed.length, `${count}`).toBeLessThanOrEqual(3);
    }
  });

  it('holds every article once, on pages of the page size (the listing itself half to one and a half of it)', () => {
    for (const count of [0, 1, 19, 20, 21, 29, 30, 40, 41, 49, 50, 59, 60, 61, 1234]) {
      const pages = paginate(newestFirst(count), '/', 20);
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(count));
      expect(pages[0]!.items.length).toBeLessThan(30);
      if (count >= 20) expect(pages[0]!.items.length, String(count)).toBeGreaterThanOrEqual(10);
      for (const page of pages.slice(1)) expect(page.items.length).toBe(20);
    }
    expect(paginate(newestFirst(49), '/', 20).map((page) => page.items.length)).toEqual([29, 20]);
    expect(paginate(newestFirst(50), '/', 20).map((page) => page.items.length)).toEqual([10, 20, 20]);
  });
});

describe('pageOfIndex', () => {
  it('finds the page of an article by its place from the newest', () => {
    const pages = paginate(newestFirst(61), '/', 20);
    for (let index = 0; index < 61; index++) {
      const number = pageOfIndex(index, 61, 20);
      expect(pages.find((page) => page.number === number)!.items, String(index)).toContain(String(61 - index));
    }
  });
});

describe('pageLinks', () => {
  it('lists the listing itself, page 1, and two either side of the current page, newest first, with gaps', () => {
    expect(summary(pageLinks('/', undefined, 17))).toBe('neueste* 17 16 … 1');
    expect(summary(pageLinks('/', 17, 17))).toBe('neueste 17* 16 15 … 1');
    expect(summary(pageLinks('/', 9, 17))).toBe('neueste … 11 10 9* 8 7 … 1');
    expect(summary(pageLinks('/', 1, 17))).toBe('neueste … 3 2 1*');
    expect(summary(pageLinks('/', 2, 3))).toBe('neueste 3 2* 1');
  });

  it('marks even one page left out with a gap, and joins the pages around the current one to page 1 once they reach it', () => {
    expect(summary(pageLinks('/', 5, 17))).toBe('neueste … 7 6 5* 4 3 … 1');
    expect(summary(pageLinks('/', 4, 17))).toBe('neueste … 6 5 4* 3 2 1');
  });

  it('shows the listing and its one numbered page side by side', () => {
    expect(summary(pageLinks('/', undefined, 1))).toBe('neueste* 1');
    expect(summary(pageLinks('/', 1, 1))).toBe('neueste 1*');
  });

  it('does not depend on the number of pages for a page below the newest four', () => {
    expect(pageLinks('/', 9, 13)).toEqual(pageLinks('/', 9, 500));
  });
});

/** Where the 404 page forwards an address of the earlier paging (src/pages/404.astro). */
const earlierPageTarget = (base: string, earlierNumber: number, total: number, size: number) =>
  pageUrl(base, earlierPageNumber(earlierNumber, total, size));

describe('earlierPageNumber', () => {
  it('leads an address counted from the newest to the page that holds its first article today', () => {
    // 100 articles, 20 at the listing and pages 4 to 1: seite/2/ began with the 21st newest (article 80, page 4),
    // seite/5/ with the 81st (article 20, page 1).
    expect(earlierPageTarget('/themen/x/', 2, 100, 20)).toBe('/themen/x/blatt/4/');
    expect(earlierPageTarget('/themen/x/', 2, 29, 20)).toBe('/themen/x/');
    expect(earlierPageTarget('/themen/x/', 2, 30, 20)).toBe('/themen/x/blatt/1/');
    expect(earlierPageTarget('/themen/x/', 4, 100, 20)).toBe('/themen/x/blatt/2/');
    expect(earlierPageTarget('/themen/x/', 5, 100, 20)).toBe('/themen/x/blatt/1/');
    expect(earlierPageTarget('/themen/x/', 9, 100, 20)).toBe('/themen/x/');
  });
});
