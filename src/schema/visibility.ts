import type { ArticleData } from '../schema/article.ts';

/**
 * Which articles the site lists: on listings, in feeds, in search, in the
 * sitemap, as related and neighbouring articles. A withdrawn article is not
 * listed; its page is a notice (src/archive/load-archive.ts builds those
 * from their own list). A draft (`draft: true`) is work in progress: `npm
 * run dev` shows it, marked "Entwurf", so the editor sees it as readers
 * will; the built site never has it. `dev` is whether `astro dev` runs.
 */
export type VisibilityFields = Pick<ArticleData, 'withdrawn' | 'draft'>;

export function isListed(data: VisibilityFields, { dev }: { dev: boolean }): boolean {
  if (data.withdrawn !== undefined) return false;
  if (data.draft === true) return dev;
  return true;
}
