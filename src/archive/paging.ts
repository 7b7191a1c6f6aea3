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
