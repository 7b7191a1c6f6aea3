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

export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}seite/${number}/`;
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

/** The rest parameter of a paged route: undefined for page 1, "seite/<n>" after. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `seite/${number}`;
}
