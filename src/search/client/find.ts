import { searchFields } from '../../routes.ts';
import { beginsAWord, exactQuery, findsExactly, queryWords, type MatchedText, type QueryWord } from './matching.ts';
import { countFilters, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { pagefindOptions, type QueryState } from './query-state.ts';

export interface Found {
  /** Pagefind's results that the matching rule keeps, best first; each loads its data once. */
  results: PagefindResult[];
  /** What each filter value would find. */
  counts: FilterCounts;
  /** The query's words, to say why a result matched; undefined for a phrase or no query. */
  words: QueryWord[] | undefined;
}

/** The text of a result that tells how it matched. */
export function matchedText(data: PagefindResultData): MatchedText {
  const { variants, why } = searchFields.meta;
  return { content: data.content, terms: data.meta[variants], names: data.meta[why] };
}

function loadingOnce(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, data: () => (data ??= result.data()) };
}

/**
 * Searches a state as src/search/client/matching.ts lays down: Pagefind's
 * ranked search, less the articles that a finished word finds only through a
 * word of another stem, and none when Pagefind replaced the word being typed
 * by a shorter one. `typing`: the reader is still typing the last word.
 */
export async function findArticles(pagefind: Pagefind, state: QueryState, typing: boolean): Promise<Found> {
  const query = state.q || null;
  const words = state.q ? queryWords(state.q, typing) : undefined;
  const options = pagefindOptions(state);
  const ranked = await pagefind.search(query, options);
  let results = ranked.results.map(loadingOnce);
  let counted = { query, result: ranked };
  for (const word of words?.filter(findsExactly) ?? []) {
    const exact = await pagefind.search(exactQuery(word), options);
    const allowed = new Set(exact.results.map((result) => result.id));
    results = results.filter((result) => allowed.has(result.id));
    // A query of one word counts its filters exactly; with more words, Pagefind's ranked search counts.
    if (words!.length === 1) counted = { query: exactQuery(word), result: exact };
  }
  const typed = words?.find((word) => !findsExactly(word));
  if (typed && results[0] && !beginsAWord(typed, matchedText(await results[0].data()))) results = [];
  const counts = results.length === 0 ? {} : await countFilters(pagefind, state, counted.query, counted.result);
  return { results, counts, words };
}
