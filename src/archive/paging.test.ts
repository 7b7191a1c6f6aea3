import { describe, expect, it } from 'vitest';
import { paginate } from './paging.ts';

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
