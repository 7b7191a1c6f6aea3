import { describeSource, type SourceLine } from '../format/source-line.ts';
import { de } from '../i18n/de.ts';
import { pageParam, pageUrl, paths, yearAnchors } from '../routes.ts';
import { monthSections, type ArchiveYear, type MonthSection } from './archive-time.ts';
import type { ArticleEntry, LoadedArchive, TagEntry } from './load-archive.ts';
import { pageKey } from './page-key.ts';
import { pageOfIndex } from './page-numbers.ts';
import { paginate, type ListingPage } from './paging.ts';
import { sourceIndex, UNSTATED_SLUG, type CountedSource } from './source-index.ts';
import { buildsSitePages } from '../reader/build-job.ts';

/**
 * Every paged listing of the site, built from the archive once: the pages
 * read their slice and never sort, filter or look anything up themselves.
 */

/** What a listing shows of an article: the article, its tags and its source line. */
export interface ListedArticle {
  article: ArticleEntry;
  tags: TagEntry[];
  source: SourceLine;
}

export interface Listing<Page extends ListingPage<ListedArticle> = ListingPage<ListedArticle>> {
  base: string;
  pages: Page[];
}

function listed(archive: LoadedArchive, articles: readonly ArticleEntry[]): ListedArticle[] {
  return articles.map((article) => ({
    article,
    tags: archive.tagsOf(article),
    source: describeSource(article.data.source, archive.sourcesById),
  }));
}

function listing(archive: LoadedArchive, articles: readonly ArticleEntry[], base: string): Listing {
  return { base, pages: paginate(listed(archive, articles), base) };
}

export function homeListing(archive: LoadedArchive): Listing {
  return listing(archive, archive.articles, paths.home);
}

export function tagListing(archive: LoadedArchive, tag: TagEntry): Listing {
  return listing(archive, archive.articlesByTag.get(tag.id)!, paths.topic(tag.id));
}

/** A page of a year: its articles, and the same articles under their month headings. */
export interface YearListingPage extends ListingPage<ListedArticle> {
  sections: MonthSection<ListedArticle>[];
}

export function yearListing(archive: LoadedArchive, year: number): Listing<YearListingPage> {
  const entry = archive.years.find((y) => y.year === year)!;
  // Months first, newest first; then the articles dated only to the year or a period.
  const articles = [...entry.months.flatMap((month) => month.articles), ...entry.withoutMonth];
  const { base, pages } = listing(archive, articles, paths.year(year));
  return {
    base,
    pages: pages.map((page) => ({ ...page, sections: monthSections(page.items, (item) => item.article) })),
  };
}

/**
 * Where a year's articles without a month begin: the page of the year's
 * listing that holds the first of them (they follow the months), at their heading.
 */
export function withoutMonthUrl(year: ArchiveYear<unknown>): string {
  const before = year.months.reduce((sum, month) => sum + month.articles.length, 0);
  return `${pageUrl(paths.year(year.year), pageOfIndex(before, year.count))}#${yearAnchors.withoutMonth}`;
}

/** The months of the archive, newest first: each its year, its month and its articles. */
export function archiveMonths(archive: LoadedArchive): { year: number; month: number; articles: ArticleEntry[] }[] {
  return archive.years.flatMap(({ year, months }) => months.map(({ month, articles }) => ({ year, month, articles })));
}

/** A month's articles (a day or the month itself named), in the archive's order. */
export function monthListing(
  archive: LoadedArchive,
  year: number,
  month: number,
  articles: readonly ArticleEntry[],
): Listing {
  return listing(archive, articles, paths.month(year, month));
}

/** A source of the archive: a publication or agency, or the absence of a named publication. */
export interface SourceTopic {
  slug: string;
  name: string;
}

export function sourceTopics(archive: LoadedArchive): SourceTopic[] {
  return [...archive.bySource.keys()].map((slug) => ({
    slug,
    name: slug === UNSTATED_SLUG ? de.article.publicationUnstated : archive.sourcesById.get(slug)!.data.name,
  }));
}

export function sourceListing(archive: LoadedArchive, slug: string): Listing {
  return listing(archive, archive.bySource.get(slug)!.all, paths.source(slug));
}

/** The sources page: publications and cited sources, by name, with their counts. */
export function sourcesOverview(archive: LoadedArchive): {
  published: CountedSource<SourceTopic>[];
  cited: CountedSource<SourceTopic>[];
} {
  return sourceIndex(sourceTopics(archive), archive.bySource);
}

/**
 * getStaticPaths entries for every page of a listing, for a route with the
 * rest parameter [...seite]: the newest articles at the listing's own URL,
 * then blatt/<n>/ counted from the oldest (src/archive/paging.ts); `props`
 * go to every page, `firstPage` (counts, charts) to the listing's own URL alone, so
 * that a later page's key for incremental builds (src/archive/page-key.ts)
 * holds only what it shows.
 */
export function listingPaths<
  Page extends ListingPage<ListedArticle>,
  Params extends object,
  Props extends object,
  First extends object = object,
>({ pages }: Listing<Page>, params: Params, props: Props, firstPage?: First) {
  // In a build in jobs, job 1 builds the listings (src/reader/build-job.ts).
  if (!buildsSitePages()) return [];
  return pages.map((page) => {
    const path = {
      params: { ...params, seite: pageParam(page.number) },
      props: { ...props, page, first: page.number === undefined ? firstPage : undefined },
    };
    // A listing page shows its props alone: their key tells when it must be rendered again.
    return { ...path, cacheKey: pageKey(path) };
  });
}
