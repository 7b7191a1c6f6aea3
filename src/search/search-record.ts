import { displayArticleDate } from '../format/german-date.ts';
import type { SourceLine } from '../format/source-line.ts';
import { SEARCH_LIST_SEPARATOR, searchFields, type FilterKey } from '../routes.ts';
import type { ArticleDate } from '../schema/article-date.ts';
import { hiddenSearchTerms, type SearchVocabulary } from './hidden-terms.ts';

/**
 * What the search index keeps of an article besides its text: the metadata a
 * result shows (and that is searchable), the filter values, and the sort key.
 * Rendered into a hidden, `data-pagefind-ignore`d block of the article page,
 * so none of it appears in excerpts.
 */
export interface SearchRecord {
  /** Keyed by the index's field names; the title Pagefind takes from the page's heading. */
  meta: Record<(typeof searchFields.meta)[Exclude<keyof typeof searchFields.meta, 'title'>], string>;
  filters: Record<FilterKey, string[]>;
  /** Position in the archive's order as a fixed-width number: Pagefind's date sort is the archive's order. */
  sortKey: string;
}

export interface SearchRecordInput {
  text: string;
  date: ArticleDate;
  sourceLine: SourceLine;
  tagLabels: string[];
  /** Every name of every source the article cites ("Deutsche Presse-Agentur", "dpa"). */
  citedNames: string[];
  /** 0 for the newest article of the archive. */
  position: number;
  archiveSize: number;
}

/** The years a date may fall in: one, or each year of an inferred period. */
export function yearsOf(date: ArticleDate): string[] {
  const last = date.isRange ? (date.end?.year ?? date.start.year) : date.start.year;
  return Array.from({ length: last - date.start.year + 1 }, (_, offset) => String(date.start.year + offset));
}

export function searchRecord(input: SearchRecordInput, vocabulary: SearchVocabulary): SearchRecord {
  const { sourceLine } = input;
  const sources = [sourceLine.publication, ...sourceLine.cited.map((cited) => cited.name)];
  const { meta, filters } = searchFields;
  return {
    meta: {
      [meta.date]: displayArticleDate(input.date).text,
      [meta.publication]: sourceLine.publication,
      [meta.cited]: [...new Set(input.citedNames)].join(SEARCH_LIST_SEPARATOR),
      [meta.topics]: input.tagLabels.join(SEARCH_LIST_SEPARATOR),
      [meta.variants]: hiddenSearchTerms(input.text, vocabulary).join(' '),
    },
    filters: { [filters.topic]: input.tagLabels, [filters.source]: [...new Set(sources)], [filters.year]: yearsOf(input.date) },
    sortKey: String(input.archiveSize - input.position).padStart(7, '0'),
  };
}
