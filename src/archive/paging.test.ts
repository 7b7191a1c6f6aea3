import { describe, expect, it } from 'vitest';
import { PAGE_GAP, pageWindow, paginate } from './paging.ts';

describe('paginate', () => {
  it('splits a listing into pages of a fixed size with their URLs', () => {
    const pages = paginate([...'abcdefg'], '/themen/x/', 3);
    expect(pages.map((page) => [page.number, page.items.join(''), page.url])).toEqual([
      [1, 'abc', '/themen/x/'],
      [2, 'def', '/themen/x/seite/2/'],
      [3, 'g', '/themen/x/seite/3/'],
    ]);
    expect(pages.every((page) => page.count === 3)).toBe(true);
  });

  it('keeps a first page for an empty listing', () => {
    expect(paginate([], '/', 20)).toEqual([{ number: 1, count: 1, items: [], url: '/' }]);
  });
});

describe('pageWindow', () => {
  const gap = PAGE_GAP;

  it('shows a single page alone and two pages side by side', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 2)).toEqual([1, 2]);
    expect(pageWindow(2, 2)).toEqual([1, 2]);
  });

  it('shows every page of a short listing without a gap', () => {
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows first and last page, two either side of the current one, and a gap where pages are left out', () => {
    expect(pageWindow(1, 17)).toEqual([1, 2, 3, gap, 17]);
    expect(pageWindow(9, 17)).toEqual([1, gap, 7, 8, 9, 10, 11, gap, 17]);
    expect(pageWindow(17, 17)).toEqual([1, gap, 15, 16, 17]);
  });

  it('marks even a single page left out, and joins the window to the first page once it reaches it', () => {
    // Page 2 alone lies between page 1 and the window 3..7: left out all the same, and marked.
    expect(pageWindow(5, 17)).toEqual([1, gap, 3, 4, 5, 6, 7, gap, 17]);
    expect(pageWindow(4, 17)).toEqual([1, 2, 3, 4, 5, 6, gap, 17]);
  });
});
