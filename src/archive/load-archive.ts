import { getCollection, type CollectionEntry } from 'astro:content';
import { contentErrorsError } from '../reader/content-errors.ts';
import { buildArchive, type Archive } from './archive.ts';
import { archiveByYear, type ArchiveYear } from './archive-time.ts';
import { relatedArticles } from './related.ts';
import { articlesBySource, type SourceListing } from './source-index.ts';

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
  const [articles, tags, sources] = await Promise.all([getCollection('articles'), getCollection('tags'), getCollection('sources')]);
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
  if (import.meta.env.DEV) {
    // Content with errors: every page that reads the archive shows them in
    // Astro's error overlay until they are fixed, never a stale archive.
    const error = contentErrorsError();
    if (error) return Promise.reject(error);
    // Content changes while the server runs: load afresh.
    return load();
  }
  archive ??= load();
  return archive;
}
