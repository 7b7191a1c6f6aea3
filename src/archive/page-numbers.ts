/**
 * The arithmetic of paging from the oldest (src/archive/paging.ts), without
 * a URL: the 404 page's script uses it to forward an address of the earlier
 * paging, and imports nothing the search page's script imports, so that
 * neither gains a shared chunk.
 */

/** Articles per listing page: no listing page grows with the archive. */
export const ARTICLES_PER_PAGE = 20;

/**
 * How many numbered pages a listing of `total` articles has: all blocks but
 * the newest, which its own URL shows, and but the one before it while the
 * newest holds fewer than half a page. A block, once numbered, stays so.
 */
export function numberedPages(total: number, size = ARTICLES_PER_PAGE): number {
  const blocks = Math.ceil(total / size);
  if (blocks <= 1) return 0;
  const newest = total - (blocks - 1) * size;
  return newest * 2 >= size ? blocks - 1 : blocks - 2;
}

/**
 * Where the article at `index` of a listing (0 is the newest) stands: the
 * number of its page, or undefined for the listing's own URL.
 */
export function pageOfIndex(index: number, total: number, size = ARTICLES_PER_PAGE): number | undefined {
  const fromOldest = total - 1 - index;
  const number = Math.floor(fromOldest / size) + 1;
  return number <= numberedPages(total, size) ? number : undefined;
}

/**
 * Where an address of the earlier paging leads: until December 2026 a
 * listing's `<base>seite/<n>/` was counted from the newest, page n holding
 * the articles from the ((n - 1) * size + 1)th newest on. Now that pages are
 * counted from the oldest, it leads to the page that holds that article
 * today, or (undefined) to the listing's own URL when that shows it or the
 * listing has fewer articles.
 */
export function earlierPageNumber(earlierNumber: number, total: number, size = ARTICLES_PER_PAGE): number | undefined {
  const index = (earlierNumber - 1) * size;
  return index < total ? pageOfIndex(index, total, size) : undefined;
}
