import type { ArticleData } from '../schema/article.ts';

/**
 * Which articles the site lists: on listings, in feeds, in search, in the
 * sitemap, as related and neighbouring articles. A withdrawn article is
 * not listed; its page is a notice (src/archive/load-archive.ts builds
 * those from their own list). `dev` is whether `astro dev` runs.
 */
export type VisibilityFields = Pick<ArticleData, 'withdrawn'>;

export function isListed(data: VisibilityFields, _options: { dev: boolean }): boolean {
  return data.withdrawn === undefined;
}
