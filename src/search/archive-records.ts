import { getCollection } from 'astro:content';
import type { ArticleEntry, LoadedArchive } from '../archive/load-archive.ts';
import { describeSource } from '../format/source-line.ts';
import { isComplete } from '../schema/article.ts';
import { compoundSplitter, loadLexicon } from './decompound.ts';
import type { SearchVocabulary } from './hidden-terms.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

/**
 * The search record of an article of the archive, from the article and the
 * text of its body as rendered (src/markdown/render-article.ts): the page has
 * that text at hand, and Astro's content store holds no bodies.
 */
export type SearchRecords = (article: ArticleEntry, bodyText: string) => SearchRecord;

/** Title, teaser and body: the words readers can find an article by. */
function searchableText(article: ArticleEntry, bodyText: string): string {
  const { title, teaser } = article.data;
  return [title.kicker, title.text, teaser?.text, bodyText].filter(Boolean).join('\n');
}

async function build(archive: LoadedArchive): Promise<SearchRecords> {
  const spellingVariants = await getCollection('spellingVariants');
  const vocabulary: SearchVocabulary = {
    // Read once per build (about half a second), before any record.
    partsOf: compoundSplitter(loadLexicon()),
    spellingGroups: [
      // Only names have aliases (src/schema/tag.ts): other spellings of the same one.
      ...[...archive.tagsById.values()]
        .filter((tag) => tag.data.aliases.length > 0)
        .map((tag) => [tag.data.label, ...tag.data.aliases]),
      ...spellingVariants.map((variant) => variant.data.spellings),
    ],
  };
  return (article, bodyText) => {
    // Drafts are never indexed: the built site has none, and `npm run dev` builds no index.
    if (!isComplete(article.data)) throw new Error(`${article.id}: a draft with open fields has no search record`);
    return searchRecord(
      {
        text: searchableText(article, bodyText),
        date: article.data.date,
        sourceLine: describeSource(article.data.source, archive.sourcesById),
        tagLabels: archive.tagsOf(article).map((tag) => tag.data.label),
        sortKey: archive.sortKeys.get(article.id)!,
      },
      vocabulary,
    );
  };
}

const built = new WeakMap<LoadedArchive, Promise<SearchRecords>>();

/** The search records of an archive: its vocabulary computed once per archive, a record per article on demand. */
export function searchRecordsOf(archive: LoadedArchive): Promise<SearchRecords> {
  let records = built.get(archive);
  if (!records) built.set(archive, (records = build(archive)));
  return records;
}
