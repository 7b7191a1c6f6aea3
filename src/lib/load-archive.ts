import { getCollection, type CollectionEntry } from 'astro:content';
import { nounsOfText } from '../search/decompound.ts';
import type { SearchVocabulary } from '../search/hidden-terms.ts';
import { searchRecord, type SearchRecord } from '../search/search-record.ts';
import { buildArchive, type Archive } from './archive.ts';
import { archiveByYear, type ArchiveYear } from './archive-time.ts';
import { relatedArticles } from './related.ts';
import { articlesBySource, type SourceListing } from './source-index.ts';
import { describeSource } from './source-line.ts';

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
  /** What the search index keeps of an article besides its text. */
  searchRecordOf(article: ArticleEntry): SearchRecord;
}

/** Title, teaser and body: the words readers can find an article by. */
function searchableText(article: ArticleEntry): string {
  const { title, teaser } = article.data;
  return [title.kicker, title.text, teaser.text, article.body].filter(Boolean).join('\n');
}

// Names get spelling variants; a thema's aliases are related words, not spellings.
const NAME_KINDS = new Set(['person', 'land', 'ort', 'organisation']);

let archive: Promise<LoadedArchive> | undefined;

async function load(): Promise<LoadedArchive> {
  const [articles, tags, sources, spellingVariants] = await Promise.all([
    getCollection('articles'),
    getCollection('tags'),
    getCollection('sources'),
    getCollection('spellingVariants'),
  ]);
  const built = buildArchive(articles, tags);
  const sourcesById = new Map(sources.map((source) => [source.id, source]));

  const texts = new Map(built.articles.map((article) => [article.id, searchableText(article)]));
  const nouns = new Map<string, string>();
  for (const text of texts.values()) nounsOfText(text, nouns);
  const vocabulary: SearchVocabulary = {
    nouns,
    spellingGroups: [
      ...tags.filter((tag) => NAME_KINDS.has(tag.data.kind)).map((tag) => [tag.data.label, ...tag.data.aliases]),
      ...spellingVariants.map((variant) => variant.data.spellings),
    ],
  };

  return {
    ...built,
    sourcesById,
    years: archiveByYear(built.articles),
    bySource: articlesBySource(built.articles),
    related: relatedArticles(built.articles),
    searchRecordOf: (article) =>
      searchRecord(
        {
          text: texts.get(article.id)!,
          date: article.data.date,
          sourceLine: describeSource(article.data.source, sourcesById),
          tagLabels: built.tagsOf(article).map((tag) => tag.data.label),
          citedNames: article.data.source.cited.flatMap(({ source }) => {
            const { name, shortName, aliases } = sourcesById.get(source)!.data;
            return [name, ...(shortName ? [shortName] : []), ...aliases];
          }),
          position: built.positionOf(article.id)!,
          archiveSize: built.articles.length,
        },
        vocabulary,
      ),
  };
}

/** The archive, built once per build and shared by every page. */
export function loadArchive(): Promise<LoadedArchive> {
  // In `astro dev` content changes while the server runs: load afresh.
  if (import.meta.env.DEV) return load();
  archive ??= load();
  return archive;
}
