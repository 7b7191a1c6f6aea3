/**
 * Related articles: those that share the most and the rarest tags. Each
 * shared tag counts by its rarity, log(N / articles with the tag), so two
 * articles on "Wassili Nebensja" are closer than two that merely share
 * "Russland". Computed once for the whole archive from the tag lists, so the
 * cost grows with the articles that share a tag, never with all pairs.
 */
export interface Taggable {
  id: string;
  data: { tags: readonly string[] };
}

export function relatedArticles<A extends Taggable>(articles: readonly A[], limit = 5): Map<string, A[]> {
  const byTag = new Map<string, A[]>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const list = byTag.get(tag);
      if (list) list.push(article);
      else byTag.set(tag, [article]);
    }
  }
  const weight = new Map([...byTag].map(([tag, list]) => [tag, Math.log(articles.length / list.length)]));
  const order = new Map(articles.map((article, index) => [article.id, index]));

  const related = new Map<string, A[]>();
  for (const article of articles) {
    const scores = new Map<A, number>();
    for (const tag of article.data.tags) {
      const w = weight.get(tag)!;
      if (w <= 0) continue; // a tag on every article relates nothing
      for (const other of byTag.get(tag)!) if (other !== article) scores.set(other, (scores.get(other) ?? 0) + w);
    }
    related.set(
      article.id,
      [...scores]
        // Highest score first; on a tie the archive's order (newest first).
        .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || order.get(a.id)! - order.get(b.id)!)
        .slice(0, limit)
        .map(([other]) => other),
    );
  }
  return related;
}
