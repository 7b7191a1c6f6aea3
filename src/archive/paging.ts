import { pageUrl } from '../routes.ts';

/** Articles per listing page: no listing page grows with the archive. */
export const ARTICLES_PER_PAGE = 20;

export interface ListingPage<T> {
  /** 1-based page number. */
  number: number;
  count: number;
  items: T[];
  /** URL of this page: the listing's own URL for page 1, then `<base>seite/<n>/`. */
  url: string;
}

/** Splits a listing into numbered pages; an empty listing still has its first page. */
export function paginate<T>(items: readonly T[], base: string, size = ARTICLES_PER_PAGE): ListingPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    url: pageUrl(base, index + 1),
  }));
}

/** Where the page window leaves pages out: the page shows "…" there. */
export const PAGE_GAP = 'gap';

/**
 * The numbered page links of one page of a listing: the first and the last
 * page, the current one and two either side, in order, with a gap wherever
 * pages are left out. Every page stays reachable in a few steps, and the
 * list stays short however long the listing grows.
 */
export function pageWindow(number: number, count: number): (number | typeof PAGE_GAP)[] {
  const shown = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? [PAGE_GAP, n] : [n]));
}
