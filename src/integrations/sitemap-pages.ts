import { isListed } from '../archive/visibility.ts';
import type { CheckedArticle } from '../reader/validate-content.ts';
import { paths } from '../routes.ts';

/**
 * Which built pages @astrojs/sitemap lists: every page but the 404 page and
 * the pages of articles that are not listed (a withdrawn article's notice).
 * `articles` is asked for when the sitemap is written, after the content
 * check has run.
 */
export function sitemapPages(articles: () => readonly CheckedArticle[]): (page: string) => boolean {
  let unlisted: Set<string> | undefined;
  return (page) => {
    unlisted ??= new Set(articles().filter((article) => !isListed(article, { dev: false })).map((article) => paths.article(article.slug)));
    const { pathname } = new URL(page);
    return !/\/404\/?$/.test(pathname) && !unlisted.has(pathname);
  };
}
