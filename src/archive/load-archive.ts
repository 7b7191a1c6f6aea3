import { getCollection, type CollectionEntry } from 'astro:content';
import { contentErrorsError } from '../reader/content-errors.ts';
import { articlesOfThisJob } from '../reader/build-job.ts';
import { buildArchive, type Archive } from './archive.ts';
import { archiveByYear, type ArchiveYear } from './archive-time.ts';
import { timeAxis, type TimeAxis } from './coverage.ts';
import { sortKeys } from './article-order.ts';
import { relatedArticles } from './related.ts';
import { articlesBySource, type SourceListing } from './source-index.ts';
import { storyHistories, type StoryHistory } from './story-history.ts';
import { isListed } from '../schema/visibility.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TagEntry = CollectionEntry<'tags'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface LoadedArchive extends Archive<ArticleEntry, TagEntry> {
  sourcesById: Map<string, SourceEntry>;
  /** Years and months, newest first. */
  years: ArchiveYear<ArticleEntry>[];
  /** Articles by publication ("nicht-angegeben" for none) and by cited source. */
  bySource: Map<string, SourceListing<ArticleEntry>>;
  /** The search index's sort key per article id (src/archive/article-order.ts, sortKeys). */
  sortKeys: Map<string, string>;
  /** Up to five related articles per article id. */
  related: Map<string, ArticleEntry[]>;
  /** The months every timeline shows; undefined for an archive without a dated article. */
  axis: TimeAxis | undefined;
  /** Withdrawn articles: each keeps its address, as a notice, and is listed nowhere. */
  withdrawn: ArticleEntry[];
  /** The versions of the stories that have later ones, listed or withdrawn, and what changed, by slug. */
  histories: Map<string, StoryHistory>;
  /** The ids of the articles whose pages this process builds: all, or in a build in jobs its job's (src/reader/build-job.ts). */
  ofThisJob: Set<string>;
}

let archive: Promise<LoadedArchive> | undefined;
let watched: Promise<boolean> | undefined;

async function load(): Promise<LoadedArchive> {
  const [entries, tags, sources] = await Promise.all([
    getCollection('articles'),
    getCollection('tags'),
    getCollection('sources'),
  ]);
  // Every list of the site, and every link between articles, comes from the listed articles alone.
  const built = buildArchive(
    entries.filter((article) => isListed(article.data)),
    tags,
  );
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const withdrawn = entries.filter((article) => article.data.withdrawn !== undefined);

  return {
    ...built,
    sourcesById,
    years: archiveByYear(built.articles),
    bySource: articlesBySource(built.articles),
    related: relatedArticles(built.articles),
    sortKeys: sortKeys(built.articles),
    axis: timeAxis(built.articles),
    withdrawn,
    // A withdrawn story's later versions keep their addresses too, leading to its notice.
    histories: storyHistories([...built.articles, ...withdrawn]),
    // Cut from every stored article, as the articles loader cuts them to render each job's own.
    ofThisJob: new Set(
      articlesOfThisJob(entries.map((article) => ({ id: article.id, date: article.data.date }))).map(
        (article) => article.id,
      ),
    ),
  };
}

/**
 * The archive, built once per build and shared by every page. While
 * `npm run dev` watches the content (the collection contentProblems says
 * so), it is built afresh for each page, and content with errors makes
 * every page show them in Astro's error overlay, never a stale archive.
 */
export async function loadArchive(): Promise<LoadedArchive> {
  // Whether the content is watched does not change while the process runs: asked once, not per page.
  watched ??= getCollection('contentProblems').then((state) => state.some((entry) => entry.data.watching));
  if (await watched) {
    const state = await getCollection('contentProblems');
    const error = contentErrorsError(state.flatMap((entry) => entry.data.problems));
    if (error) throw error;
    return load();
  }
  archive ??= load();
  return archive;
}
