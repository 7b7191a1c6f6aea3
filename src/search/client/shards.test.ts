import { describe, expect, it } from 'vitest';
import type { PagefindSearch } from './pagefind.ts';
import { pagefindOptions, type QueryState } from './query-state.ts';
import { coverageText } from './render.ts';
import { mergeResults, readingOrder, shardedSearch, sumFilters } from './shards.ts';

/** A shard's search: results with these ids and scores, in Pagefind's order. */
function found(...results: [id: string, score: number][]): PagefindSearch {
  return {
    results: results.map(([id, score]) => ({ id, score, data: () => Promise.reject(new Error('not loaded')) })),
    filters: {},
  };
}

const searches = [
  { shard: 0, search: found(['n1', 3], ['n2', 1]) },
  { shard: 1, search: found(['m1', 2], ['m2', 1]) },
  { shard: 2, search: found(['o1', 5]) },
];

const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('mergeResults', () => {
  it('by date, newest first: each shard in its own order, the newest shard first', () => {
    expect(ids(mergeResults(searches, 'neu'))).toEqual(['0:n1', '0:n2', '1:m1', '1:m2', '2:o1']);
  });

  it('by date, oldest first: the oldest shard first', () => {
    expect(ids(mergeResults(searches, 'alt'))).toEqual(['2:o1', '1:m1', '1:m2', '0:n1', '0:n2']);
  });

  it("by relevance: by Pagefind's score across shards, equal scores in shard order", () => {
    expect(ids(mergeResults(searches, 'relevanz'))).toEqual(['2:o1', '0:n1', '1:m1', '0:n2', '1:m2']);
  });

  it('names the shard of each result and keeps ids apart across shards', () => {
    const merged = mergeResults([...searches, { shard: 3, search: found(['n1', 0]) }], 'neu');
    expect(new Set(ids(merged)).size).toBe(merged.length);
    expect(merged.map((result) => result.shard)).toEqual([0, 0, 1, 1, 2, 3]);
  });
});

describe('sumFilters', () => {
  it('adds up the counts of each value, and keeps values only one shard has', () => {
    expect(
      sumFilters([
        { jahr: { '2024': 2 }, thema: { Russland: 1 } },
        { jahr: { '2024': 1, '2023': 4 } },
        { thema: { Russland: 2, Nordkorea: 1 } },
      ]),
    ).toEqual({ jahr: { '2024': 3, '2023': 4 }, thema: { Russland: 3, Nordkorea: 1 } });
  });
});

describe('readingOrder', () => {
  it('reads newest first, and oldest first for the oldest-first sort', () => {
    expect(readingOrder(3, 'relevanz')).toEqual([0, 1, 2]);
    expect(readingOrder(3, 'neu')).toEqual([0, 1, 2]);
    expect(readingOrder(3, 'alt')).toEqual([2, 1, 0]);
  });
});

describe('shardedSearch', () => {
  const shards = [
    { path: '/pagefind/', years: ['2026'], count: 1 },
    { path: '/pagefind/teil/2/', years: ['2025'], count: 1 },
    { path: '/pagefind/teil/1/', years: ['2023', '2024'], count: 1 },
  ];
  const state = (jahr: string[], sort: QueryState['sort'] = 'relevanz'): QueryState => ({
    q: 'Putin',
    filters: { thema: [], quelle: [], jahr },
    sort,
  });

  function site() {
    const opened: number[] = [];
    const searched: [number, string | null][] = [];
    const sharded = shardedSearch(shards, async (place) => {
      opened.push(place);
      return {
        async search(query) {
          searched.push([place, query]);
          return { ...found([`${place}`, place]), filters: { jahr: { [shards[place]!.years[0]!]: 1 } } };
        },
        async preload() {},
        async filters() {
          return { jahr: Object.fromEntries(shards[place]!.years.map((year) => [year, 1])) };
        },
      };
    });
    return { sharded, opened, searched };
  }

  it('opens a shard when a search first reaches it, and searches each shard once per query and options', async () => {
    const { sharded, opened, searched } = site();
    await sharded.over([0]).search('Putin', pagefindOptions(state([])));
    expect(opened).toEqual([0]);
    const wider = await sharded.over([0, 1]).search('Putin', pagefindOptions(state([])));
    expect(searched).toEqual([
      [0, 'Putin'],
      [1, 'Putin'],
    ]);
    expect(opened).toEqual([0, 1]);
    expect(wider.filters).toEqual({ jahr: { '2026': 1, '2025': 1 } });
  });

  it('asks only the shards of the scope that hold a year filtered by', async () => {
    const { sharded, searched } = site();
    const result = await sharded.over([0, 1, 2]).search('Putin', pagefindOptions(state(['2024'])));
    expect(searched).toEqual([[2, 'Putin']]);
    expect(ids(result.results)).toEqual(['2:2']);
  });

  it("adds up every shard's filter values, and searches anew once they are loaded: Pagefind counts only then", async () => {
    const { sharded, opened, searched } = site();
    await sharded.over([0]).search('Putin', pagefindOptions(state([])));
    expect(await sharded.filters()).toEqual({ jahr: { '2026': 1, '2025': 1, '2024': 1, '2023': 1 } });
    expect(opened.sort()).toEqual([0, 1, 2]);
    await sharded.over([0]).search('Putin', pagefindOptions(state([])));
    expect(searched).toEqual([
      [0, 'Putin'],
      [0, 'Putin'],
    ]);
  });
});

describe('coverageText', () => {
  const shards = [
    { path: '/pagefind/', years: ['2025', '2026'], count: 2 },
    { path: '/pagefind/teil/2/', years: ['2024'], count: 2 },
    { path: '/pagefind/teil/1/', years: ['2021', '2022', '2023'], count: 2 },
  ];

  it('names the years of the shards searched, and those not searched yet', () => {
    expect(coverageText(shards, [0])).toBe('Treffer aus 2025–2026; Artikel aus 2021–2024 noch nicht durchsucht.');
    expect(coverageText(shards, [0, 1])).toBe('Treffer aus 2024–2026; Artikel aus 2021–2023 noch nicht durchsucht.');
    expect(coverageText(shards, [2, 1, 0])).toBe('Treffer aus 2021–2026.');
    // Oldest first: the newest years are those left.
    expect(coverageText(shards, [2, 1])).toBe('Treffer aus 2021–2024; Artikel aus 2025–2026 noch nicht durchsucht.');
  });

  it('says nothing for an index of one shard, which covers the archive', () => {
    expect(coverageText(shards.slice(0, 1), [0])).toBeUndefined();
  });
});
