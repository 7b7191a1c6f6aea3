import { TAG_KINDS, type Tag, type TagKind } from '../schema/tag.ts';
import { sortNewestFirst, type Orderable } from './article-order.ts';

export interface ArchiveArticle extends Orderable {
  data: Orderable['data'] & { tags: string[] };
}

export interface ArchiveTag {
  id: string;
  data: Tag;
}

export interface TagWithCount<T extends ArchiveTag> {
  tag: T;
  count: number;
}

export interface Archive<A extends ArchiveArticle, T extends ArchiveTag> {
  /** Every article in the archive's order, newest first. */
  articles: A[];
  tagsById: Map<string, T>;
  /** For each tag, its articles newest first (an empty list for an unused tag). */
  articlesByTag: Map<string, A[]>;
  /** The tag index: kinds in a fixed order, tags by label in German collation. */
  tagsByKind: { kind: TagKind; tags: TagWithCount<T>[] }[];
  /** An article's tags, in the order the article lists them. */
  tagsOf(article: A): T[];
  /** An article's place in the archive's order, 0 for the newest. */
  positionOf(id: string): number | undefined;
  /** The articles before and after one in the archive's order. */
  neighbours(id: string): { newer?: A | undefined; older?: A | undefined };
}

const labelCollator = new Intl.Collator('de', { sensitivity: 'base' });

/**
 * Everything the pages need that spans the whole archive, computed once per
 * build in a single pass over the articles, so no page recomputes it.
 */
export function buildArchive<A extends ArchiveArticle, T extends ArchiveTag>(
  articleEntries: readonly A[],
  tagEntries: readonly T[],
): Archive<A, T> {
  const articles = sortNewestFirst(articleEntries);
  const tagsById = new Map(tagEntries.map((tag) => [tag.id, tag]));
  const articlesByTag = new Map<string, A[]>(tagEntries.map((tag) => [tag.id, []]));
  for (const article of articles) {
    for (const tagId of article.data.tags) {
      const list = articlesByTag.get(tagId);
      if (!list) throw new Error(`article ${article.id}: tags: unknown tag "${tagId}"`);
      list.push(article);
    }
  }

  const tagsByKind = TAG_KINDS.map((kind) => ({
    kind,
    tags: tagEntries
      .filter((tag) => tag.data.kind === kind)
      .sort((a, b) => labelCollator.compare(a.data.label, b.data.label))
      .map((tag) => ({ tag, count: articlesByTag.get(tag.id)!.length })),
  })).filter((group) => group.tags.length > 0);

  const tagsOf = (article: A) => article.data.tags.map((id) => tagsById.get(id)!);

  const positions = new Map(articles.map((article, index) => [article.id, index]));
  const neighbours = (id: string) => {
    const index = positions.get(id);
    if (index === undefined) return {};
    return { newer: articles[index - 1], older: articles[index + 1] };
  };

  return { articles, tagsById, articlesByTag, tagsByKind, tagsOf, positionOf: (id) => positions.get(id), neighbours };
}
