import { paths } from '../routes.ts';

/**
 * The search index in shards: blocks of articles in the archive's order,
 * each indexed by a Pagefind run of its own, so that building the index
 * needs the memory of one block, not of the archive (one Pagefind process
 * over 100,000 articles needs more than 20 GB), and a reader's first search
 * downloads the metadata of the newest block only.
 *
 * Blocks are cut from the oldest article on, where the content says: a
 * block ends at its first boundary article once it holds `size` articles,
 * and at `2 × size` in any case. One article in `size / 8` is a boundary, by
 * a hash of its slug (below 16 articles per block every article is one: the
 * blocks are exactly `size`). A new article changes the newest block alone;
 * a backdated one changes the block it falls in, and the blocks after it
 * keep their articles, their paths and their kept indexes (scripts/shard-cache.ts),
 * because each still ends at the same boundary article. With blocks of
 * exactly `size`, every later block would lose an article to the next one
 * and be indexed again (at 10,000 articles, all four older shards: 19 s of a
 * 42 s publish). The newest block is indexed into /pagefind/, where one
 * index has always been: an archive of one block is indexed as before.
 */

/** The environment variable that sets the number of articles per shard. */
export const SHARD_SIZE_VARIABLE = 'ARCHIV_SEARCH_SHARD_SIZE';

/**
 * Articles per shard unless the environment says otherwise: an older shard
 * holds at least that many, and on average about an eighth more, as its
 * boundary article falls (above; 2,500 to 2,800). Pagefind needs
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

/** A hash of a slug (FNV-1a, 32 bits): the same in every build, spread evenly over slugs. */
function slugHash(slug: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < slug.length; index++) hash = Math.imul(hash ^ slug.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** Whether an article may end a block: one in `size / 8`, by its slug; every one below blocks of 16. */
export function isBoundary(slug: string, size: number): boolean {
  return slugHash(slug) % Math.max(1, Math.floor(size / 8)) === 0;
}

/**
 * Cuts the articles (newest first, as the archive orders them) into blocks
 * of `size` to `2 × size` articles from the oldest on, each ending at a
 * boundary article (above), and returns them newest first; the newest
 * holds what is left after the last block. An archive without articles has
 * one empty shard: the index Pagefind writes for no page.
 */
export function planShards<T extends { slug: string; years: readonly string[] }>(
  newestFirst: readonly T[],
  size: number,
): PlannedShard<T>[] {
  const blocks: T[][] = [[]];
  for (let index = newestFirst.length - 1; index >= 0; index--) {
    const article = newestFirst[index]!;
    const block = blocks.at(-1)!;
    block.push(article);
    const last = index === 0;
    if (!last && (block.length >= 2 * size || (block.length >= size && isBoundary(article.slug, size))))
      blocks.push([]);
  }
  return blocks
    .map((oldestFirst, index) => {
      const articles = oldestFirst.reverse();
      const years = [...new Set(articles.flatMap((article) => article.years))].sort();
      const path = index === blocks.length - 1 ? paths.pagefind : shardPath(index + 1);
      return { shard: { path, years, count: articles.length }, articles };
    })
    .reverse();
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
