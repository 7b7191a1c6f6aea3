import { searchFields } from '../../routes.ts';
import { beginsAWord, exactQuery, findsExactly, queryWords, type MatchedText, type QueryWord } from './matching.ts';
import {
  countFilters,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';
import { pagefindOptions, type QueryState } from './query-state.ts';
import type { Ticket } from './scheduler.ts';

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
  return { content: data.content, locations: data.locations, terms: data.meta[variants], names: data.meta[why] };
}

function loadingOnce(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return { id: result.id, shard: result.shard, data: () => (data ??= result.data()) };
}

/** The first result of each shard (of the one index, when there are no shards). */
function firstOfEachShard(results: readonly PagefindResult[]): PagefindResult[] {
  const first = new Map<number | undefined, PagefindResult>();
  for (const result of results) if (!first.has(result.shard)) first.set(result.shard, result);
  return [...first.values()];
}

export interface FindOptions {
  /** The reader is still typing the last word. */
  typing: boolean;
  /** How many of the first results to start loading at once: the page about to be shown. */
  firstPage: number;
  /** The search's ticket: once a newer search supersedes it, it stops at its next step and waits for no file. */
  ticket?: Ticket;
}

/**
 * Lets the browser handle the input that came during a search: Pagefind's
 * search holds the main thread, and the keystrokes typed meanwhile wait as
 * tasks, so without this the search would not yet know it is superseded,
 * and load the results of a query the reader has typed past.
 */
function keystrokesSeen(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A ticket never superseded. */
const CURRENT: Ticket = { stale: false, superseded: new Promise(() => undefined) };

/**
 * Searches a state as src/search/client/matching.ts lays down: Pagefind's
 * ranked search, less the articles that a finished word finds only through a
 * word of another stem, and none when Pagefind replaced the word being typed
 * by a shorter one. Undefined when it was superseded on the way.
 */
export async function findArticles(
  pagefind: Pick<Pagefind, 'search' | 'preload'>,
  state: QueryState,
  { typing, firstPage, ticket = CURRENT }: FindOptions,
): Promise<Found | undefined> {
  const query = state.q || null;
  const words = state.q ? queryWords(state.q, typing) : undefined;
  const options = pagefindOptions(state);
  // The index chunks first, then the search: a search superseded while its
  // chunks load (the reader typed on) stops before Pagefind's search, the
  // slow part for a short word, which the newer search would wait for.
  if (query) await Promise.race([pagefind.preload(query, options), ticket.superseded]);
  if (ticket.stale) return undefined;
  const ranked = await pagefind.search(query, options);
  await keystrokesSeen();
  if (ticket.stale) return undefined;
  let results = ranked.results.map(loadingOnce);
  let counted = { query, result: ranked };
  for (const word of words?.filter(findsExactly) ?? []) {
    const exact = await pagefind.search(exactQuery(word), options);
    await keystrokesSeen();
    if (ticket.stale) return undefined;
    const allowed = new Set(exact.results.map((result) => result.id));
    results = results.filter((result) => allowed.has(result.id));
    // A query of one word counts its filters exactly; with more words, Pagefind's ranked search counts.
    if (words!.length === 1) counted = { query: exactQuery(word), result: exact };
  }
  // The page to be shown loads while the first result is checked: one round trip, not two.
  for (const result of results.slice(0, firstPage)) result.data().catch(() => undefined);
  const typed = words?.find((word) => !findsExactly(word));
  if (typed && results[0]) {
    // Each shard is an index of its own: one may know a word that the typed letters begin, another may not.
    const firsts = firstOfEachShard(results);
    const data = await Promise.race([Promise.all(firsts.map((result) => result.data())), ticket.superseded]);
    if (!data || ticket.stale) return undefined;
    const replaced = new Set(firsts.filter((_, index) => !beginsAWord(typed, matchedText(data[index]!))));
    const shards = new Set([...replaced].map((result) => result.shard));
    results = results.filter((result) => !shards.has(result.shard));
  }
  const counts = results.length === 0 ? {} : await countFilters(pagefind, state, counted.query, counted.result);
  return { results, counts, words };
}
