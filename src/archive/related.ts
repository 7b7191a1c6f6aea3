/**
 * Related articles: those that share the most and the rarest tags. Each
 * shared tag counts by its rarity, log(N / articles with the tag), so two
 * articles on "Wassili Nebensja" are closer than two that merely share
 * "Russland".
 *
 * A tag the whole archive uses would make every article a candidate of every
 * other, and the work quadratic (10,000 articles: 50 million pairs). So each
 * tag offers only its NEIGHBOURS_PER_TAG articles nearest in time on either
 * side: a rare tag offers all its articles, a common one those of the same
 * weeks, which is what a news reader means by related anyway. The work per
 * article is bounded by its tag count, and the whole grows linearly.
 */
export interface Taggable {
  id: string;
  data: { tags: readonly string[] };
}

/** Articles a tag offers on each side of an article, in archive order. */
export const NEIGHBOURS_PER_TAG = 25;

interface TagList<A> {
  articles: A[];
  weight: number;
}

/** Where an article stands in each of its tags' lists. */
export type TagPlaces<A> = Map<A, { list: TagList<A>; index: number }[]>;

/** Each tag's articles in archive order, and each article's place in its tags' lists. */
export function tagPlaces<A extends Taggable>(articles: readonly A[]): TagPlaces<A> {
  const byTag = new Map<string, TagList<A>>();
  const places: TagPlaces<A> = new Map();
  for (const article of articles) {
    const own: { list: TagList<A>; index: number }[] = [];
    for (const tag of article.data.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = { articles: [], weight: 0 }));
      own.push({ list, index: list.articles.length });
      list.articles.push(article);
    }
    places.set(article, own);
  }
  for (const list of byTag.values()) list.weight = Math.log(articles.length / list.articles.length);
  return places;
}

/**
 * Scores the candidates of one article: the articles its tags offer, each
 * with the summed weight of the tags it shares. Exported for its test, which
 * proves the bound on the work.
 */
export function candidatesOf<A extends Taggable>(article: A, places: TagPlaces<A>): Map<A, number> {
  const scores = new Map<A, number>();
  for (const { list, index } of places.get(article)!) {
    if (list.weight <= 0) continue; // a tag on every article relates nothing
    const from = Math.max(0, index - NEIGHBOURS_PER_TAG);
    const to = Math.min(list.articles.length, index + NEIGHBOURS_PER_TAG + 1);
    for (let i = from; i < to; i++) {
      const other = list.articles[i]!;
      if (other !== article) scores.set(other, (scores.get(other) ?? 0) + list.weight);
    }
  }
  return scores;
}

/**
 * Up to `limit` related articles per article id. `articles` come in archive
 * order (newest first); on equal scores the article nearer in time wins,
 * then the newer one.
 */
export function relatedArticles<A extends Taggable>(articles: readonly A[], limit = 5): Map<string, A[]> {
  const places = tagPlaces(articles);
  const order = new Map(articles.map((article, index) => [article, index]));
  const related = new Map<string, A[]>();
  for (const article of articles) {
    const position = order.get(article)!;
    const distance = (other: A) => Math.abs(order.get(other)! - position);
    related.set(
      article.id,
      [...candidatesOf(article, places)]
        .sort(
          ([a, scoreA], [b, scoreB]) => scoreB - scoreA || distance(a) - distance(b) || order.get(a)! - order.get(b)!,
        )
        .slice(0, limit)
        .map(([other]) => other),
    );
  }
  return related;
}
