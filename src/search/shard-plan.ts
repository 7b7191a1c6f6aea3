import { paths } from '../routes.ts';

/**
 * The search index in shards: blocks of articles in the archive's order,
 * each indexed by a Pagefind run of its own, so that building the index
 * needs the memory of one block, not of the archive (one Pagefind process
 * over 100,000 articles needs more than 20 GB), and a reader's first search
 * downloads the metadata of the newest block only.
 *
 * Blocks are cut from the oldest article on: block 1 is the oldest `size`
 * articles, and only the newest block is partly filled. A new article then
 * changes the newest block alone, and the older ones keep their articles and
 * their paths from build to build (a backdated or withdrawn article moves the
 * blocks after it). The newest block is indexed into /pagefind/, where one
 * index has always been: an archive of one block is indexed as before.
 */

/** The environment variable that sets the number of articles per shard. */
export const SHARD_SIZE_VARIABLE = 'ARCHIV_SEARCH_SHARD_SIZE';

/**
 * Articles per shard unless the environment says otherwise. Pagefind needs
 * about 240 KB per article it indexes (600 MB at 2,500, 1.2 GB at 5,000,
 * measured), Astro's process about 1.8 GB at 10,000 articles. The build
 * indexes two older shards at once (scripts/search-index.ts: a Pagefind run
 * keeps about 1.4 cores busy, so two shards of 2,500 at once took 7.8 s
 * against 11.7 s in turn): shards of 2,500 then need the memory of one of
 * 5,000, below Astro's peak, so that the index never sets the build's (at
 * 10,006 articles 1,824 MB with shards of 5,000 in turn against 2,843 MB
 * with one of 10,000: docs/benchmarks.md). Today's archive is one shard.
 */
export const DEFAULT_SHARD_SIZE = 2_500;

/** A shard as the search page learns it: where its index is, which years it covers, how many articles. */
export interface SearchShard {
  /** The folder of its Pagefind index, a site path ending in a slash. */
  path: string;
  /** Every year one of its articles falls in (a dated period may span several), ascending. */
  years: string[];
  count: number;
}

/** What the build writes of the shards, newest first; the search page reads it. */
export interface ShardManifest {
  shards: SearchShard[];
}

/** The folder of an older shard, by its number counted from the oldest (1). */
export function shardPath(number: number): string {
  return `${paths.pagefind}teil/${number}/`;
}

/** The shard size a value of SHARD_SIZE_VARIABLE asks for; unset or empty, the default. */
export function shardSizeFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SHARD_SIZE;
  const size = Number(value);
  if (!Number.isSafeInteger(size) || size < 1)
    throw new Error(`${SHARD_SIZE_VARIABLE} must be a whole number of articles above 0, but is "${value}"`);
  return size;
}

/** A shard and the articles it indexes, newest first. */
export interface PlannedShard<T> {
  shard: SearchShard;
  articles: T[];
}

/**
 * Cuts the articles (newest first, as the archive orders them) into shards
 * of `size`, counted from the oldest, and returns them newest first. An
 * archive without articles has one empty shard: the index Pagefind writes
 * for no page.
 */
export function planShards<T extends { years: readonly string[] }>(
  newestFirst: readonly T[],
  size: number,
): PlannedShard<T>[] {
  const oldestFirst = [...newestFirst].reverse();
  const count = Math.max(1, Math.ceil(oldestFirst.length / size));
  const planned: PlannedShard<T>[] = [];
  for (let index = 0; index < count; index++) {
    const articles = oldestFirst.slice(index * size, (index + 1) * size).reverse();
    const years = [...new Set(articles.flatMap((article) => article.years))].sort();
    const path = index === count - 1 ? paths.pagefind : shardPath(index + 1);
    planned.push({ shard: { path, years, count: articles.length }, articles });
  }
  return planned.reverse();
}

/** The manifest of planned shards. */
export function shardManifest(planned: readonly PlannedShard<unknown>[]): ShardManifest {
  return { shards: planned.map(({ shard }) => shard) };
}

/** The first and last year of some shards, as numbers in text; undefined when they cover no year. */
export function yearRange(shards: readonly SearchShard[]): { from: string; to: string } | undefined {
  const years = shards.flatMap((shard) => shard.years).sort();
  return years.length === 0 ? undefined : { from: years[0]!, to: years.at(-1)! };
}
