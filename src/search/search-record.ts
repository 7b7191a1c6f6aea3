import { displayArticleDate } from '../format/german-date.ts';
import type { SourceLine } from '../format/source-line.ts';
import { searchFields, type FilterKey } from '../routes.ts';

/** Between the date and the publication in a result's line. */
export const RESULT_LINE_SEPARATOR = ' · ';
import type { ArticleDate } from '../schema/article-date.ts';
import { hiddenSearchTerms, type SearchVocabulary } from './hidden-terms.ts';
import { unsearchable, writeHiddenTerms } from './index-fields.ts';

/**
 * What the search index keeps of an article besides its text: the line a
 * result shows (unsearchable: an article is found by its own words, never by
 * its date or source), the words it is found by without printing them, the
 * filter values (a result shows its tags from them), and the sort key.
 * Rendered into a hidden, `data-pagefind-ignore`d block of the article page,
 * so none of it appears in excerpts.
 */
export interface SearchRecord {
  /** Keyed by the index's field names; the title Pagefind takes from the page's heading. */
  meta: Record<(typeof searchFields.meta)[Exclude<keyof typeof searchFields.meta, 'title'>], string>;
  filters: Record<FilterKey, string[]>;
  /** Compared as text, newer articles have larger keys: Pagefind's date sort is the archive's order. */
  sortKey: string;
}

export interface SearchRecordInput {
  text: string;
  date: ArticleDate;
  sourceLine: SourceLine;
  tagLabels: string[];
  /** The article's key in the archive's order (src/archive/article-order.ts, sortKeys). */
  sortKey: string;
}

/** The years a date may fall in: one, or each year of an inferred period. */
export function yearsOf(date: ArticleDate): string[] {
  const last = date.isRange ? (date.end?.year ?? date.start.year) : date.start.year;
  return Array.from({ length: last - date.start.year + 1 }, (_, offset) => String(date.start.year + offset));
}

export function searchRecord(input: SearchRecordInput, vocabulary: SearchVocabulary): SearchRecord {
  const { sourceLine } = input;
  const hidden = writeHiddenTerms(hiddenSearchTerms(input.text, vocabulary));
  const sources = [sourceLine.publication, ...sourceLine.cited.map((cited) => cited.name)];
  const { meta, filters } = searchFields;
  return {
    meta: {
      [meta.line]: unsearchable(
        [displayArticleDate(input.date).text, sourceLine.publication].join(RESULT_LINE_SEPARATOR),
      ),
      [meta.variants]: hidden.terms,
      [meta.why]: hidden.names,
    },
    filters: {
      [filters.topic]: input.tagLabels,
      [filters.source]: [...new Set(sources)],
      [filters.year]: yearsOf(input.date),
    },
    sortKey: input.sortKey,
  };
}
