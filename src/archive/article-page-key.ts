import { getCollection } from 'astro:content';
import type { ArticleEntry, LoadedArchive } from './load-archive.ts';
import { pageKey } from './page-key.ts';

/**
 * The key of an article page for incremental builds (src/archive/page-key.ts):
 * what ArticleLayout shows besides the article's own file and its
 * rendering (both in the entry's digest, its render key:
 * src/markdown/render-cache.ts). Its tags, the sources, the related and neighbouring articles, its key in
 * the search's sort order (which only an article of the same date changes), and the names' spellings and tags every search
 * record is built from. Adding an article changes the keys of the articles
 * whose neighbours or related articles it changes, no others.
 */
export async function articlePageKeys(archive: LoadedArchive): Promise<(article: ArticleEntry) => string> {
  const shared = pageKey({
    tags: [...archive.tagsById.values()],
    sources: [...archive.sourcesById.values()],
    spellingVariants: await getCollection('spellingVariants'),
  });
  return (article) =>
    pageKey({
      shared,
      article,
      related: archive.related.get(article.id) ?? [],
      neighbours: archive.neighbours(article.id),
      sortKey: archive.sortKeys.get(article.id) ?? null,
      // A story's history shows every version: a version reviewed again changes its pages (the newest is the digest).
      ...(article.data.history && { versions: article.data.history.map((version) => version.renderKey) }),
    });
}
