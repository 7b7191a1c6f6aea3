import { getCollection, type CollectionEntry } from 'astro:content';
import { isDevServer } from '../reader/content-handover.ts';
import { buildArchive, type Archive } from './archive.ts';
import { archiveByYear, type ArchiveYear } from './archive-time.ts';
import { relatedArticles } from './related.ts';
import { articlesBySource, type SourceListing } from './source-index.ts';
import { isListed } from './visibility.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TagEntry = CollectionEntry<'tags'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface LoadedArchive extends Archive<ArticleEntry, TagEntry> {
  sourcesById: Map<string, SourceEntry>;
  /** Years and months, newest first. */
  years: ArchiveYear<ArticleEntry>[];
  /** Articles by publication ("nicht-angegeben" for none) and by cited source. */
  bySource: Map<string, SourceListing<ArticleEntry>>;
  /** Up to five related articles per article id. */
  related: Map<string, ArticleEntry[]>;
}

let archive: Promise<LoadedArchive> | undefined;

async function load(): Promise<LoadedArchive> {
  const dev = isDevServer();
  const [articles, tags, sources] = await Promise.all([
    getCollection('articles', (article) => isListed(article.data, { dev })),
    getCollection('tags'),
    getCollection('sources'),
  ]);
  const built = buildArchive(articles, tags);
  const sourcesById = new Map(sources.map((source) => [source.id, source]));

  return {
    ...built,
    sourcesById,
    years: archiveByYear(built.articles),
    bySource: articlesBySource(built.articles),
    related: relatedArticles(built.articles),
  };
}

/** The archive, built once per build and shared by every page. */
export function loadArchive(): Promise<LoadedArchive> {
  // In `astro dev` content changes while the server runs: load afresh.
  if (import.meta.env.DEV) return load();
  archive ??= load();
  return archive;
}
