import { displayArticleDate } from '../format/german-date.ts';
import type { SourceLine } from '../format/source-line.ts';
import type { ArticleDate } from '../schema/article-date.ts';
import { hiddenSearchTerms, type SearchVocabulary } from './hidden-terms.ts';

/**
 * What the search index keeps of an article besides its text: the metadata a
 * result shows (and that is searchable), the filter values, and the sort key.
 * Rendered into a hidden, `data-pagefind-ignore`d block of the article page,
 * so none of it appears in excerpts.
 */
export interface SearchRecord {
  meta: { datum: string; quelle: string; zitiert: string; themen: string; varianten: string };
  filters: { thema: string[]; quelle: string[]; jahr: string[] };
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
  return {
    meta: {
      datum: displayArticleDate(input.date).text,
      quelle: sourceLine.publication,
      zitiert: [...new Set(input.citedNames)].join(', '),
      themen: input.tagLabels.join(', '),
      varianten: hiddenSearchTerms(input.text, vocabulary).join(' '),
    },
    filters: { thema: input.tagLabels, quelle: [...new Set(sources)], jahr: yearsOf(input.date) },
    sortKey: String(input.archiveSize - input.position).padStart(7, '0'),
  };
}
