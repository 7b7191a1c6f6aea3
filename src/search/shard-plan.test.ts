import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_SIZE,
  planShards,
  SHARD_SIZE_VARIABLE,
  shardManifest,
  shardSizeFrom,
  yearRange,
} from './shard-plan.ts';

/** Articles newest first, one per year from `newest` down. */
function articles(count: number, newest = 2026) {
  return Array.from({ length: count }, (_, index) => ({ id: `a${count - index}`, years: [String(newest - index)] }));
}

describe('planShards', () => {
  it('cuts blocks of `size` from the oldest article on and lists them newest first, the newest in /pagefind/', () => {
    const planned = planShards(articles(5), 2);
    expect(shardManifest(planned).shards).toEqual([
      { path: '/pagefind/', years: ['2026'], count: 1 },
      { path: '/pagefind/teil/2/', years: ['2024', '2025'], count: 2 },
      { path: '/pagefind/teil/1/', years: ['2022', '2023'], count: 2 },
    ]);
    expect(planned.map((shard) => shard.articles.map((article) => article.id))).toEqual([
      ['a5'],
      ['a4', 'a3'],
      ['a2', 'a1'],
    ]);
  });

  it('keeps the older blocks as they are when a newer article comes', () => {
    const before = planShards(articles(5), 2);
    const after = planShards(articles(6, 2027), 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.articles.map((article) => article.id)).toEqual(['a6', 'a5']);
  });

  it('makes one shard in /pagefind/ of an archive that fits, and of none', () => {
    expect(shardManifest(planShards(articles(5), 5)).shards).toEqual([
      { path: '/pagefind/', years: ['2022', '2023', '2024', '2025', '2026'], count: 5 },
    ]);
    expect(shardManifest(planShards([], 5)).shards).toEqual([{ path: '/pagefind/', years: [], count: 0 }]);
  });

  it('gives every article to exactly one shard, in order, whatever the size', () => {
    for (const size of [1, 2, 3, 7, 100]) {
      const all = articles(17);
      const planned = planShards(all, size);
      expect(planned.flatMap((shard) => shard.articles)).toEqual(all);
      expect(planned.every((shard, index) => index === 0 || shard.shard.count === size)).toBe(true);
    }
  });

  it('names every year of an article that spans several', () => {
    const planned = planShards([{ years: ['2023', '2024'] }, { years: ['2021'] }], 1);
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
