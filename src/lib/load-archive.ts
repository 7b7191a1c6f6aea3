import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TagEntry = CollectionEntry<'tags'>;
export type SourceEntry = CollectionEntry<'sources'>;

export interface LoadedArchive extends Archive<ArticleEntry, TagEntry> {
  sourcesById: Map<string, SourceEntry>;
}

let archive: Promise<LoadedArchive> | undefined;

async function load(): Promise<LoadedArchive> {
  const [articles, tags, sources] = await Promise.all([
    getCollection('articles'),
    getCollection('tags'),
    getCollection('sources'),
  ]);
  return { ...buildArchive(articles, tags), sourcesById: new Map(sources.map((source) => [source.id, source])) };
}

/** The archive, built once per build and shared by every page. */
export function loadArchive(): Promise<LoadedArchive> {
  // In `astro dev` content changes while the server runs: load afresh.
  if (import.meta.env.DEV) return load();
  archive ??= load();
  return archive;
}
