import type { ArticleData } from './article.ts';

/**
 * Which articles the site has, and which it lists. A draft (`draft: true`)
 * is work in progress: `npm run dev` shows it, marked "Entwurf", so the
 * editor sees it as readers will; the built site never has it (the articles
 * loader stores drafts in `astro dev` only). A withdrawn article keeps its
 * address, as a notice, and is listed nowhere: not on listings, in feeds,
 * in search, in the sitemap, as related or neighbouring article.
 */
export type VisibilityFields = Pick<ArticleData, 'withdrawn' | 'draft'>;

/** Whether the built site has the article: it is no draft. */
export function isPublished(data: VisibilityFields): boolean {
  return data.draft !== true;
}

/** Whether the site lists an article it has: it is not withdrawn. */
export function isListed(data: VisibilityFields): boolean {
  return data.withdrawn === undefined;
}
