import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PermanentLink } from './permanent-links.ts';

/**
 * The articles a build publishes, as its content check found them: written
 * by the articles loader at the end of each build's sync. The pages of
 * their permanent addresses are written from it when Astro's pages are
 * done (src/integrations/permanent-link-pages.ts), and `npm run build`
 * reads it before the new site replaces the old one, to check that the
 * built article pages are exactly these, each with its own text
 * (scripts/article-pages.ts). A build that published from anything else
 * (a stale store, a skipped loader) then stops instead of going online.
 */
export const PUBLISHED_ARTICLES = resolve('node_modules/.cache/nachrichtenarchiv/published-articles.json');

export interface PublishedArticle {
  slug: string;
  /** The headline, as the page's <title> begins. */
  title: string;
  /** The key of its rendering (src/markdown/render-cache.ts): a page shows exactly that HTML. */
  renderKey: string;
  /** A withdrawn article's page is a notice, without its text. */
  withdrawn: boolean;
  /** Its permanent addresses, /a/<capture id>/: written after Astro's pages (src/integrations/permanent-link-pages.ts). */
  links: PermanentLink[];
  /** In a build in jobs, the job that builds its page (src/reader/build-job.ts). */
  job?: number;
}

export function writePublished(articles: readonly PublishedArticle[], file = PUBLISHED_ARTICLES): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(articles));
  renameSync(`${file}.tmp`, file);
}

/** The list of the last sync; undefined when no sync has written one since `forgetPublished`. */
export function readPublished(file = PUBLISHED_ARTICLES): PublishedArticle[] | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PublishedArticle[];
  } catch {
    return undefined;
  }
}

/** Removes the list before a build, so that a build whose loaders never ran has none. */
export function forgetPublished(file = PUBLISHED_ARTICLES): void {
  rmSync(file, { force: true });
}
