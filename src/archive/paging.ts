import { pageUrl } from '../routes.ts';
import { ARTICLES_PER_PAGE, numberedPages } from './page-numbers.ts';

/**
 * A listing is paged from its oldest article: page 1 holds the oldest
 * ARTICLES_PER_PAGE, page 2 the next, and so on, so a page keeps its number
 * and its articles when newer ones are published (a publish changes the
 * listing's own URL and, once in ARTICLES_PER_PAGE articles, adds a page
 * and the links of the few pages beside it). The listing's own URL shows the
 * newest articles: the newest block, joined by the one before while it holds
 * fewer than half a page, so between half a page and one and a half (all of
 * them in a listing that short), and the numbered pages follow it without
 * repeating an article. Only an article dated into
 * the middle of a listing (an older capture imported late) moves the pages
 * after it by one.
 */
export interface ListingPage<T> {
  /** Counted from the oldest; undefined for the listing's own URL, which shows the newest articles. */
  number: number | undefined;
  items: T[];
  url: string;
  /** The page with the next newer articles (rel="prev") and with the next older ones (rel="next"). */
  newer: string | undefined;
  older: string | undefined;
  /** The page links, newest first (src/components/Pagination.astro). */
  links: PageLink[];
  /** How many articles the listing holds: on its own URL alone, so a numbered page does not change with it. */
  total: number | undefined;
}

/** A link of a listing's page navigation; `number` undefined is the listing's own URL (its newest articles). */
export type PageLink = { number: number | undefined; url: string; current: boolean } | typeof PAGE_GAP;

/** Where the page links leave pages out: the page shows "…" there. */
export const PAGE_GAP = 'gap';

/**
 * The page links of one page of a listing, newest first: the listing's own
 * URL, the current page and two either side, and page 1, with a gap
 * wherever pages are left out. A numbered page's links depend on the total
 * only when it is one of the newest four pages.
 */
export function pageLinks(base: string, number: number | undefined, count: number): PageLink[] {
  const at = number ?? count + 1;
  const shown = [...new Set([count + 1, at + 2, at + 1, at, at - 1, at - 2, 1])]
    .filter((n) => n >= 1 && n <= count + 1)
    .sort((a, b) => b - a);
  return shown.flatMap((n, index) => {
    const pageNumber = n === count + 1 ? undefined : n;
    const link = { number: pageNumber, url: pageUrl(base, pageNumber), current: n === at };
    return index > 0 && shown[index - 1]! - n > 1 ? [PAGE_GAP, link] : [link];
  });
}

/** Splits a listing (newest first) into its pages, the listing's own URL first; an empty listing still has that one. */
export function paginate<T>(items: readonly T[], base: string, size = ARTICLES_PER_PAGE): ListingPage<T>[] {
  const total = items.length;
  const count = numberedPages(total, size);
  const newest = total - count * size;
  const page = (number: number | undefined, pageItems: T[]): ListingPage<T> => ({
    number,
    items: pageItems,
    url: pageUrl(base, number),
    newer: number === undefined ? undefined : pageUrl(base, number === count ? undefined : number + 1),
    older: (number ?? count + 1) > 1 ? pageUrl(base, (number ?? count + 1) - 1) : undefined,
    links: count > 0 ? pageLinks(base, number, count) : [],
    total: number === undefined ? total : undefined,
  });
  return [
    page(undefined, items.slice(0, newest)),
    ...Array.from({ length: count }, (_, index) => {
      const number = count - index;
      return page(number, items.slice(total - number * size, total - (number - 1) * size));
    }),
  ];
}
