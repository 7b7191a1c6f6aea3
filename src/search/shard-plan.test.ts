import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_SIZE,
  isBoundary,
  planShards,
  type PlannedShard,
  SHARD_SIZE_VARIABLE,
  shardManifest,
  shardSizeFrom,
  yearRange,
} from './shard-plan.ts';

/** Articles newest first, one per year from `newest` down. */
function articles(count: number, newest = 2026) {
  return Array.from({ length: count }, (_, index) => ({ slug: `a${count - index}`, years: [String(newest - index)] }));
}

describe('planShards', () => {
  it('cuts blocks of `size` from the oldest article on and lists them newest first, the newest in /pagefind/', () => {
    const planned = planShards(articles(5), 2);
    expect(shardManifest(planned).shards).toEqual([
      { path: '/pagefind/', years: ['2026'], count: 1 },
      { path: '/pagefind/teil/2/', years: ['2024', '2025'], count: 2 },
      { path: '/pagefind/teil/1/', years: ['2022', '2023'], count: 2 },
    ]);
    expect(planned.map((shard) => shard.articles.map((article) => article.slug))).toEqual([
      ['a5'],
      ['a4', 'a3'],
      ['a2', 'a1'],
    ]);
  });

  it('keeps the older blocks as they are when a newer article comes', () => {
    const before = planShards(articles(5), 2);
    const after = planShards(articles(6, 2027), 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.articles.map((article) => article.slug)).toEqual(['a6', 'a5']);
  });

  it('makes one shard in /pagefind/ of an archive that fits, and of none', () => {
    expect(shardManifest(planShards(articles(5), 5)).shards).toEqual([
      { path: '/pagefind/', years: ['2022', '2023', '2024', '2025', '2026'], count: 5 },
    ]);
    expect(shardManifest(planShards([], 5)).shards).toEqual([{ path: '/pagefind/', years: [], count: 0 }]);
  });

  it('gives every article to exactly one shard, in order, whatever the size; below 16, blocks of exactly `size`', () => {
    for (const size of [1, 2, 3, 7, 15, 100]) {
      const all = articles(17);
      const planned = planShards(all, size);
      expect(planned.flatMap((shard) => shard.articles)).toEqual(all);
      expect(planned.every((shard, index) => index === 0 || shard.shard.count === size)).toBe(true);
    }
  });

  describe('at a size where blocks vary (800, over 20,000 articles)', () => {
    const SIZE = 800;
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      slug: `artikel-${(20_000 - index) * 7919}`,
      years: [String(2026 - Math.floor(index / 3000))],
    }));
    const slugsOf = (planned: PlannedShard<{ slug: string }>[]) =>
      planned.map((shard) => shard.articles.map((article) => article.slug).join());

    it('cuts blocks of `size` to twice that, each older one ending at a boundary article', () => {
      const planned = planShards(many, SIZE);
      expect(planned.flatMap((shard) => shard.articles)).toEqual(many);
      const older = planned.slice(1);
      expect(older.length).toBeGreaterThan(10);
      for (const { shard, articles } of older) {
        expect(shard.count).toBeGreaterThanOrEqual(SIZE);
        expect(shard.count).toBeLessThanOrEqual(2 * SIZE);
        expect(shard.count === 2 * SIZE || isBoundary(articles[0]!.slug, SIZE)).toBe(true);
      }
      // Not all of one length: the boundaries decide, not a count.
      expect(new Set(older.map(({ shard }) => shard.count)).size).toBeGreaterThan(1);
    });

    it('changes only the block a backdated article falls in (and the newest), and every other keeps its articles and path', () => {
      const before = planShards(many, SIZE);
      for (const at of [100, 7_000, 19_990]) {
        const backdated = { slug: `nachgetragen-${at}`, years: many[at]!.years };
        const after = planShards([...many.slice(0, at), backdated, ...many.slice(at)], SIZE);
        const kept = new Set(slugsOf(before));
        const changed = after.filter((shard) => !kept.has(slugsOf([shard])[0]!));
        expect(changed.length).toBeLessThanOrEqual(2);
        expect(changed.some((shard) => shard.articles.includes(backdated))).toBe(true);
        const paths = new Map(before.map((shard, index) => [slugsOf(before)[index], shard.shard.path]));
        for (const shard of after.filter((shard) => !changed.includes(shard)))
          expect(shard.shard.path).toBe(paths.get(slugsOf([shard])[0]));
      }
    });
  });

  it('names every year of an article that spans several', () => {
    const planned = planShards(
      [
        { slug: 'b', years: ['2023', '2024'] },
        { slug: 'a', years: ['2021'] },
      ],
      1,
    );
    expect(planned.map((shard) => shard.shard.years)).toEqual([['2023', '2024'], ['2021']]);
  });
});

describe('shardSizeFrom', () => {
  it('takes a whole number above 0, and the default when unset', () => {
    expect(shardSizeFrom('2')).toBe(2);
    expect(shardSizeFrom(undefined)).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFrom(' ')).toBe(DEFAULT_SHARD_SIZE);
  });

  it('refuses anything else, naming the variable and the value', () => {
    for (const value of ['0', '-3', '2.5', 'zwei', '1e400'])
      expect(() => shardSizeFrom(value)).toThrow(`${SHARD_SIZE_VARIABLE} must be a whole number`);
  });
});

describe('yearRange', () => {
  it('spans the first to the last year of the shards given', () => {
    const { shards } = shardManifest(planShards(articles(5), 2));
    expect(yearRange(shards)).toEqual({ from: '2022', to: '2026' });
    expect(yearRange(shards.slice(0, 1))).toEqual({ from: '2026', to: '2026' });
    expect(yearRange([])).toBeUndefined();
  });
});
