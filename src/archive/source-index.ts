import { UNSTATED } from '../schema/source.ts';

/**
 * The archive by source: for every publication and every source an article
 * cites, its articles (in the order given, newest first). Articles whose
 * publication the text does not name are listed under UNSTATED_SLUG.
 */
export const UNSTATED_SLUG = 'nicht-angegeben';

export interface Sourced {
  id: string;
  data: { source: { publication: string; cited: readonly { source: string }[] } };
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
    entry(publishedIn).published.push(article);
    entry(publishedIn).all.push(article);
    for (const slug of new Set(cited.map((c) => c.source))) {
      const listing = entry(slug);
      listing.cited.push(article);
      if (slug !== publishedIn) listing.all.push(article);
    }
  }
  return index;
}
