import { UNSTATED } from '../schema/source.ts';

/**
 * The archive by source: for every publication and every source an article
 * cites, its articles (in the order given, newest first). Articles whose
 * publication the text does not name are listed under UNSTATED_SLUG.
 */
export const UNSTATED_SLUG = 'nicht-angegeben';

export interface Sourced {
  id: string;
  /** A publication left open (a draft, only in `npm run dev`) is listed nowhere. */
  data: { source: { publication?: string | undefined; cited: readonly { source: string }[] } };
}

export interface SourceListing<A> {
  /** Articles that appeared in this source. */
  published: A[];
  /** Articles that cite it. */
  cited: A[];
  /** Both, each article once, in archive order. */
  all: A[];
}

export function articlesBySource<A extends Sourced>(articlesNewestFirst: readonly A[]): Map<string, SourceListing<A>> {
  const index = new Map<string, SourceListing<A>>();
  const entry = (slug: string) => {
    let listing = index.get(slug);
    if (!listing) {
      listing = { published: [], cited: [], all: [] };
      index.set(slug, listing);
    }
    return listing;
  };
  for (const article of articlesNewestFirst) {
    const { publication, cited } = article.data.source;
    const publishedIn = publication === UNSTATED ? UNSTATED_SLUG : publication;
    if (publishedIn !== undefined) {
      entry(publishedIn).published.push(article);
      entry(publishedIn).all.push(article);
    }
    for (const slug of new Set(cited.map((c) => c.source))) {
      const listing = entry(slug);
      listing.cited.push(article);
      if (slug !== publishedIn) listing.all.push(article);
    }
  }
  return index;
}

/** A source on the sources page, with the number of its articles there. */
export interface CountedSource<S> {
  source: S;
  count: number;
}

const nameCollator = new Intl.Collator('de');

/**
 * The sources page: the publications the articles appeared in and the
 * sources they cite, each list by name in German collation, each source with
 * its number of articles. A source is in a list only if it has articles there.
 */
export function sourceIndex<S extends { slug: string; name: string }>(
  sources: readonly S[],
  bySource: ReadonlyMap<string, SourceListing<unknown>>,
): { published: CountedSource<S>[]; cited: CountedSource<S>[] } {
  const byName = [...sources].sort((a, b) => nameCollator.compare(a.name, b.name));
  const counted = (count: (listing: SourceListing<unknown>) => number) =>
    byName.map((source) => ({ source, count: count(bySource.get(source.slug)!) })).filter((entry) => entry.count > 0);
  return {
    published: counted((listing) => listing.published.length),
    cited: counted((listing) => listing.cited.length),
  };
}
