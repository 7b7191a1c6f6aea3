import { de } from '../i18n/de.ts';
import type { ArticleEntry, LoadedArchive, SourceEntry, TagEntry } from './load-archive.ts';
import { paginate, type ListingPage } from './paging.ts';
import { UNSTATED_SLUG } from './source-index.ts';

/**
 * Every paged listing of the site, built from the archive once: the pages
 * read their slice and never sort or filter themselves.
 */
export interface Listing {
  base: string;
  pages: ListingPage<ArticleEntry>[];
}

export function homeListing(archive: LoadedArchive): Listing {
  return { base: '/', pages: paginate(archive.articles, '/') };
}

export function tagListing(archive: LoadedArchive, tag: TagEntry): Listing {
  const base = `/themen/${tag.id}/`;
  return { base, pages: paginate(archive.articlesByTag.get(tag.id)!, base) };
}

export function yearListing(archive: LoadedArchive, year: number): Listing {
  const base = `/archiv/${year}/`;
  const entry = archive.years.find((y) => y.year === year)!;
  // Months first, newest first; then the articles dated only to the year or a period.
  const articles = [...entry.months.flatMap((month) => month.articles), ...entry.withoutMonth];
  return { base, pages: paginate(articles, base) };
}

/** A source of the archive: a publication or agency, or the absence of a named publication. */
export interface SourceTopic {
  slug: string;
  name: string;
  entry?: SourceEntry;
}

export function sourceTopics(archive: LoadedArchive): SourceTopic[] {
  return [...archive.bySource.keys()].map((slug) =>
    slug === UNSTATED_SLUG
      ? { slug, name: de.article.publicationUnstated }
      : { slug, name: archive.sourcesById.get(slug)!.data.name, entry: archive.sourcesById.get(slug)! },
  );
}

export function sourceListing(archive: LoadedArchive, slug: string): Listing {
  const base = `/quellen/${slug}/`;
  return { base, pages: paginate(archive.bySource.get(slug)!.all, base) };
}

/** getStaticPaths entries for pages 2..n of a listing. */
export function laterPages<P extends object>(listing: Listing, params: P) {
  return listing.pages.slice(1).map((page) => ({ params: { ...params, nummer: String(page.number) }, props: { page, base: listing.base } }));
}
