import { describe, expect, it } from 'vitest';
import { countFilters, type Pagefind, type PagefindSearch } from './pagefind.ts';
import type { QueryState } from './query-state.ts';

/** A Pagefind whose filter counts name the filters each search had, recording the searches. */
function fakePagefind() {
  const searches: [string | null, Parameters<Pagefind['search']>[1]][] = [];
  const pagefind: Pick<Pagefind, 'search'> = {
    async search(query, options) {
      searches.push([query, options]);
      const used = Object.keys(options?.filters ?? {}).join('+') || 'none';
      return { results: [], filters: { thema: { [`thema bei ${used}`]: 1 }, jahr: { [`jahr bei ${used}`]: 2 } } };
    },
  };
  return { pagefind, searches };
}

const searched: PagefindSearch = {
  results: [],
  filters: { thema: { Russland: 3 }, quelle: { TASS: 1 }, jahr: { '2024': 3 } },
};

describe('countFilters', () => {
  it("takes a search's own counts for filters nobody chose, without searching again", async () => {
    const { pagefind, searches } = fakePagefind();
    const state: QueryState = { q: 'Putin', filters: { thema: [], quelle: [], jahr: [] }, sort: 'relevanz' };
    expect(await countFilters(pagefind, state, 'Putin', searched)).toEqual(searched.filters);
    expect(searches).toEqual([]);
  });

  it("counts a chosen filter's values from the search (as Pagefind is asked it) without that filter, keeping the others", async () => {
    const { pagefind, searches } = fakePagefind();
    const state: QueryState = {
      q: 'Putin',
      filters: { thema: ['Russland'], quelle: ['TASS'], jahr: ['2024'] },
      sort: 'neu',
    };
    const counts = await countFilters(pagefind, state, '"Putin"', searched);
    expect(counts).toEqual({ thema: { 'thema bei quelle+jahr': 1 }, quelle: {}, jahr: { 'jahr bei thema+quelle': 2 } });
    expect(searches.map(([query, options]) => [query, Object.keys(options!.filters), options!.sort])).toEqual([
      ['"Putin"', ['quelle', 'jahr'], { datum: 'desc' }],
      ['"Putin"', ['thema', 'jahr'], { datum: 'desc' }],
      ['"Putin"', ['thema', 'quelle'], { datum: 'desc' }],
    ]);
  });

  it('searches by filters alone when there is no query', async () => {
    const { pagefind, searches } = fakePagefind();
    const state: QueryState = { q: '', filters: { thema: [], quelle: [], jahr: ['2023'] }, sort: 'relevanz' };
    await countFilters(pagefind, state, null, searched);
    expect(searches.map(([query]) => query)).toEqual([null]);
  });
});
