import { searchFields, type SearchSort } from '../../routes.ts';
import type { SearchShard } from '../shard-plan.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindSearch } from './pagefind.ts';
import type { pagefindOptions } from './query-state.ts';

/**
 * The search over the index's shards (src/search/shard-plan.ts): one
 * Pagefind instance per shard, their results merged here. Pagefind's own
 * mergeIndex() merges the instances' results by score alone, and a sorted
 * search's score is a page's place in its own shard, so a date sort would
 * interleave the shards; here the shards are blocks in the archive's order,
 * and the date sort is the shards' results one block after the other.
 *
 * Each shard's search of a query and options is asked once and kept (the
 * last MEMORY ones, until the filter indexes load): widening a search to one
 * more shard searches that shard alone.
 */

type Options = ReturnType<typeof pagefindOptions>;

/** The part of Pagefind a shard's instance offers. */
export type ShardIndex = Pick<Pagefind, 'search' | 'preload' | 'filters'>;

/** A result of the merged search: Pagefind's, its id made unique across shards, and the shard it came from. */
export interface ShardResult extends PagefindResult {
  /** The shard's place in the manifest, newest first. */
  shard: number;
}

/** How many searches of single shards are kept: enough for a query's searches and filter counts over every shard. */
const MEMORY = 64;

/** Per filter, per value, the counts of every search added up. */
export function sumFilters(counts: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const filters of counts) {
    for (const [key, values] of Object.entries(filters)) {
      const into = (sum[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/**
 * The results of some shards as one list. `searches` are in the manifest's
 * order (newest shard first), each with its shard's place. By date, each
 * shard's results keep Pagefind's order, the shards one after the other,
 * since every article of a shard is newer than every article of the next;
 * by relevance, by Pagefind's score, as its mergeIndex() does, a shard's
 * results keeping their order among equal scores.
 */
export function mergeResults(
  searches: readonly { shard: number; search: PagefindSearch }[],
  sort: SearchSort,
): ShardResult[] {
  const ordered = [...searches].sort((a, b) => (sort === 'alt' ? b.shard - a.shard : a.shard - b.shard));
  const results = ordered.flatMap(({ shard, search }) =>
    search.results.map((result) => ({ ...result, id: `${shard}:${result.id}`, shard })),
  );
  // Array.prototype.sort is stable: equal scores stay in the shards' and Pagefind's order.
  if (sort === 'relevanz') results.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  return results;
}

/** The sort a search's options ask Pagefind for, as the page names it. */
function sortOf(options: Options | undefined): SearchSort {
  const direction = options?.sort?.[searchFields.sort];
  return direction === 'asc' ? 'alt' : direction === 'desc' ? 'neu' : 'relevanz';
}

/** Whether a shard holds an article of one of the years a search's options filter by (any, without a year filter). */
export function mayFind(shard: SearchShard, options: Options | undefined): boolean {
  const years = options?.filters[searchFields.filters.year]?.any;
  // A shard that names no year (the index of one shard, which the page is not told about) may hold any.
  return !years || shard.years.length === 0 || years.some((year) => shard.years.includes(year));
}

/** The shards in the order a sort reads them: oldest first for 'alt', else newest first (places in the manifest). */
export function readingOrder(count: number, sort: SearchSort): number[] {
  const newestFirst = Array.from({ length: count }, (_, index) => index);
  return sort === 'alt' ? newestFirst.reverse() : newestFirst;
}

export interface ShardedSearch {
  readonly shards: readonly SearchShard[];
  /**
   * Pagefind's search, preload and filter counts over the shards `scope`
   * (places in the manifest): a search with a year filter asks only the
   * shards that hold one of its years.
   */
  over(scope: readonly number[]): Pick<Pagefind, 'search' | 'preload'>;
  /** Every value of every filter in the archive, with its count: every shard's, added up. */
  filters(): Promise<FilterCounts>;
}

/**
 * The search over `shards` (the manifest, newest first). `open(place)`
 * gives a shard's Pagefind instance, and is called once per shard, when a
 * search first reaches it.
 */
export function shardedSearch(
  shards: readonly SearchShard[],
  open: (place: number) => Promise<ShardIndex>,
): ShardedSearch {
  const opened = new Map<number, Promise<ShardIndex>>();
  const index = (place: number) => {
    let instance = opened.get(place);
    if (!instance) opened.set(place, (instance = open(place)));
    return instance;
  };
  const kept = new Map<string, Promise<PagefindSearch>>();
  const searchShard = (place: number, query: string | null, options: Options | undefined) => {
    const key = JSON.stringify([place, query, options]);
    let search = kept.get(key);
    if (!search) {
      search = index(place).then((instance) => instance.search(query, options));
      // A failed search is asked again next time, not kept.
      search.catch(() => kept.delete(key));
      kept.set(key, search);
      if (kept.size > MEMORY) kept.delete(kept.keys().next().value!);
    }
    return search;
  };
  let allFilters: Promise<FilterCounts> | undefined;
  return {
    shards,
    over(scope) {
      const asked = (options: Options | undefined) => scope.filter((place) => mayFind(shards[place]!, options));
      return {
        async search(query, options) {
          const places = asked(options);
          const searches = await Promise.all(
            places.map(async (shard) => ({ shard, search: await searchShard(shard, query, options) })),
          );
          return {
            results: mergeResults(searches, sortOf(options)),
            filters: sumFilters(searches.map(({ search }) => search.filters)),
          };
        },
        async preload(query, options) {
          await Promise.all(asked(options).map(async (place) => (await index(place)).preload(query, options)));
        },
      };
    },
    filters() {
      allFilters ??= Promise.all(shards.map(async (_, place) => (await index(place)).filters())).then((counts) => {
        // A search counts the values of the filters whose indexes are loaded: those kept from before count none.
        kept.clear();
        return sumFilters(counts);
      });
      return allFilters;
    },
  };
}
