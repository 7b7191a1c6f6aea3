import { FILTER_KEYS, paths, searchFields, searchParams } from '../../routes.ts';
import { pagefindOptions, type QueryState } from './query-state.ts';

/**
 * The part of Pagefind's browser API (pagefind.js, written by the build into
 * /pagefind/) that the search page uses, and how the page loads it.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the article, without markup. */
  content: string;
  /** Where the search found its words in `content`: numbers of whitespace-separated words. */
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  /** Pagefind's ranking score; for a sorted search, the page's place in its index's order. */
  score?: number;
  /** The shard it came from (src/search/client/shards.ts), when the index is in shards. */
  shard?: number | undefined;
  data(): Promise<PagefindResultData>;
}
/** Per filter, per value: how many articles it finds. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: object): Promise<void>;
  preload(query: string, options?: ReturnType<typeof pagefindOptions>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: ReturnType<typeof pagefindOptions>): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}
/** Pagefind's module: the instance of the index in /pagefind/, and the way to make one for another index. */
export interface PagefindModule extends Pagefind {
  createInstance(options: object): Pagefind;
}

const { meta } = searchFields;

/** How the search page runs Pagefind, for the index in /pagefind/ and every other shard alike. */
const OPTIONS = {
  excerptLength: 24,
  highlightParam: searchParams.highlight,
  ranking: {
    // Hidden spellings and compound parts may find an article, but never
    // outrank one that prints the word: they weigh far less than body text.
    metaWeights: { [meta.title]: 5, [meta.line]: 0, [meta.why]: 0, [meta.variants]: 0.1 },
  },
};

/**
 * Imports Pagefind from the built site and sets it up for this archive: the
 * index in /pagefind/, the newest shard. Pagefind runs in its web worker
 * (12 KB gzip more before the first result), so that reading the index and
 * searching never block the page: Lighthouse's mobile run of
 * /suche/?q=Putin measured a total blocking time of 0.8-1.5 s and a score
 * of 68 at 100,000 articles, 80-390 ms and 88-98 on the real archive of
 * five, without it; 0-80 ms and 100 on both with it. Every shard runs in the
 * same worker.
 */
export async function loadPagefind(): Promise<PagefindModule> {
  // A URL of the built site, not a module of the source: Vite must leave it alone.
  const pagefind = (await import(/* @vite-ignore */ `${paths.pagefind}pagefind.js`)) as PagefindModule;
  await pagefind.options(OPTIONS);
  await pagefind.init();
  return pagefind;
}

/**
 * A Pagefind instance for an older shard's index, in the folder `path`.
 * Its WebAssembly file is a stand-in (scripts/search-index.ts): Pagefind's
 * script instantiates its WebAssembly once per page and gives later
 * instances the same, so the instance of /pagefind/ must have loaded it
 * first. Its preload of no word waits for exactly that, and downloads and
 * searches nothing.
 */
export async function openShard(pagefind: PagefindModule, path: string): Promise<Pagefind> {
  await pagefind.preload('');
  const instance = pagefind.createInstance({ ...OPTIONS, basePath: path });
  await instance.init();
  return instance;
}

/**
 * Runs Pagefind's search once, for every article and without a word, so
 * that the reader's first search finds it ready: the first search of a
 * fresh page is three to four times as slow as the next ones (its
 * WebAssembly and the reading of its results still cold; at 10,000 articles
 * on the bench machine 35 against 9 ms). A search without a word needs no
 * index file: nothing is downloaded. For the search page to call while it
 * waits for the reader to type.
 */
export async function warmUp(pagefind: Pick<Pagefind, 'search'>): Promise<void> {
  await pagefind.search(null);
}

/**
 * For each filter, what each value would find with the query `query` (as
 * Pagefind is asked it). Values of one filter are alternatives, so a
 * filter's own choice must not narrow its counts: they come from the search
 * without that filter.
 */
export async function countFilters(
  pagefind: Pick<Pagefind, 'search'>,
  state: QueryState,
  query: string | null,
  result: PagefindSearch,
): Promise<FilterCounts> {
  const counts: FilterCounts = { ...result.filters };
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length === 0) continue;
    const without = { ...state, filters: { ...state.filters, [key]: [] } };
    counts[key] = (await pagefind.search(query, pagefindOptions(without))).filters[key] ?? {};
  }
  return counts;
}
