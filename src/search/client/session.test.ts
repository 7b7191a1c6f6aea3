// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RESULTS } from '../results-per-page.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from './pagefind.ts';
import type { QueryState } from './query-state.ts';
import { createSearchSession, type SearchElements, type SearchSession } from './session.ts';
import { TYPING_PAUSE_MS } from './typing.ts';
import { shardedSearch } from './shards.ts';

/** The search over one index, as a page without shards has it. */
const oneIndex = (pagefind: Pagefind) =>
  Promise.resolve(shardedSearch([{ path: '/pagefind/', years: [], count: 0 }], async () => pagefind));

const state = (q: string, sort: QueryState['sort'] = 'relevanz'): QueryState => ({
  q,
  filters: { thema: [], quelle: [], jahr: [] },
  sort,
});

function searchElements(): SearchElements {
  document.body.innerHTML = `<input id="q"><select id="s"></select><div id="f"></div><p id="st"></p><div id="sg"></div>
    <ol id="r"></ol><button id="m" hidden></button><div id="sc"></div>`;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    input: byId('q'),
    sort: byId('s'),
    filters: byId('f'),
    status: byId('st'),
    suggestions: byId('sg'),
    results: byId('r'),
    more: byId('m'),
    shortcuts: byId('sc'),
  };
}

/** A Pagefind that finds nothing and records what it was asked to search. */
function recordingPagefind() {
  const searched: (string | null)[] = [];
  const pagefind = {
    async preload() {},
    async search(query: string | null): Promise<PagefindSearch> {
      searched.push(query);
      return { results: [], filters: {} };
    },
  } as unknown as Pagefind;
  return { pagefind, searched };
}

describe('a search session waiting for a pause', () => {
  let session: SearchSession;
  let searched: (string | null)[];

  beforeEach(() => {
    vi.useFakeTimers();
    const recording = recordingPagefind();
    searched = recording.searched;
    session = createSearchSession(searchElements(), oneIndex(recording.pagefind), state(''), []);
  });
  afterEach(() => vi.useRealTimers());

  it('searches a short word once the reader has paused', async () => {
    session.update(state('EU'), true);
    session.searchAfterPause();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 1);
    expect(searched).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(searched).toEqual(['EU']);
    expect(document.getElementById('st')!.textContent).toContain('EU');
  });

  it('drops the waiting search when the query changes without a search: a letter deleted', async () => {
    session.update(state('EU'), true);
    session.searchAfterPause();
    session.update(state('E'), true);
    await vi.advanceTimersByTimeAsync(10 * TYPING_PAUSE_MS);
    expect(searched).toEqual([]);
  });

  it('drops the waiting search when one runs at once: a sort chosen, the form sent', async () => {
    session.update(state('EU'), true);
    session.searchAfterPause();
    session.update(state('EU', 'neu'));
    session.search();
    await vi.advanceTimersByTimeAsync(10 * TYPING_PAUSE_MS);
    // Once, as a finished word: Pagefind's search and its exact search of the word.
    expect(searched).toEqual(['EU', '"eu"']);
  });
});

describe('a search session loading more results', () => {
  afterEach(() => vi.useRealTimers());

  /** A result whose data arrives when `arrived` resolves. */
  const result = (id: string, arrived: Promise<void> = Promise.resolve()): PagefindResult => ({
    id,
    data: async () => {
      await arrived;
      return { url: `/artikel/${id}/`, excerpt: id, content: `${id} Putin`, meta: { title: id }, filters: {} };
    },
  });

  it('adds no results of an older query to the list a newer search has drawn meanwhile', async () => {
    vi.useFakeTimers();
    let secondPageArrives!: () => void;
    const secondPage = new Promise<void>((resolve) => (secondPageArrives = resolve));
    let newerSearchEnds!: () => void;
    const newerSearch = new Promise<void>((resolve) => (newerSearchEnds = resolve));
    const pagefind = {
      async preload() {},
      async search(query: string | null): Promise<PagefindSearch> {
        if (query?.toLowerCase().includes('putin'))
          return {
            results: Array.from({ length: 20 }, (_, index) =>
              result(`alt-${index}`, index < FIRST_RESULTS ? undefined : secondPage),
            ),
            filters: {},
          };
        await newerSearch;
        return { results: [result('neu-0')], filters: {} };
      },
    } as unknown as Pagefind;
    const elements = searchElements();
    const session = createSearchSession(elements, oneIndex(pagefind), state(''), []);
    const titles = () => [...elements.results.querySelectorAll('h2')].map((heading) => heading.textContent);
    session.update(state('Putin'));
    session.search();
    await vi.advanceTimersByTimeAsync(10);
    expect(titles()).toHaveLength(FIRST_RESULTS);
    // A newer search runs; meanwhile the reader asks for more of the older results.
    session.update(state('Kim'));
    session.search();
    await vi.advanceTimersByTimeAsync(10);
    const more = session.showMore();
    newerSearchEnds();
    await vi.advanceTimersByTimeAsync(10);
    expect(titles()).toEqual(['neu-0']);
    secondPageArrives();
    await more;
    await vi.advanceTimersByTimeAsync(10);
    expect(titles()).toEqual(['neu-0']);
  });
});

describe('a search session over an index in shards', () => {
  /** Three shards, newest first; each finds `found[place]` articles for every query, recording which it searched. */
  function shardedSite(found: number[]) {
    const searchedShards: number[] = [];
    const shards = [
      { path: '/pagefind/', years: ['2026'], count: 10 },
      { path: '/pagefind/teil/2/', years: ['2025'], count: 10 },
      { path: '/pagefind/teil/1/', years: ['2023', '2024'], count: 10 },
    ];
    const index = (place: number) =>
      ({
        async preload() {},
        async filters() {
          return { jahr: Object.fromEntries(shards[place]!.years.map((year) => [year, 10])) };
        },
        async search(query: string | null): Promise<PagefindSearch> {
          // Pagefind's ranked search of the query; its exact search of the word comes with it.
          if (query === 'Putin') searchedShards.push(place);
          return {
            results: Array.from({ length: found[place]! }, (_, rank) => ({
              id: `${rank}`,
              score: 1 / (rank + 1),
              data: async () => ({
                url: `/artikel/s${place}-${rank}/`,
                excerpt: '',
                content: 'Putin',
                meta: { title: `s${place}-${rank}` },
                filters: {},
              }),
            })),
            filters: { jahr: { [shards[place]!.years[0]!]: found[place]! } },
          };
        },
      }) as unknown as Pagefind;
    const elements = searchElements();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p id="cv" hidden><span></span><button id="ol" hidden></button></p>',
    );
    const coverage = {
      box: document.getElementById('cv')!,
      text: document.querySelector<HTMLElement>('#cv span')!,
      older: document.getElementById('ol') as HTMLButtonElement,
    };
    const session = createSearchSession(
      { ...elements, coverage },
      Promise.resolve(shardedSearch(shards, async (place) => index(place))),
      state(''),
      [],
    );
    const titles = () => [...elements.results.querySelectorAll('h2')].map((heading) => heading.textContent);
    const shown = async () => {
      await vi.waitFor(() => expect(elements.status.textContent).toContain('Treffer'));
    };
    return { session, elements, coverage, searchedShards, titles, shown };
  }

  it('searches the newest shard alone while it fills the first page, and says which years it covers', async () => {
    const site = shardedSite([FIRST_RESULTS, 3, 3]);
    site.session.update(state('Putin'));
    site.session.search();
    await site.shown();
    expect(site.searchedShards).toEqual([0]);
    expect(site.titles()).toHaveLength(FIRST_RESULTS);
    expect(site.coverage.text.textContent).toBe('Treffer aus 2026; Artikel aus 2023–2025 noch nicht durchsucht.');
    expect(site.coverage.older.hidden).toBe(false);
    expect(site.elements.more.hidden).toBe(false);
  });

  it('takes the next shard, and the next, while the first page is not full', async () => {
    const site = shardedSite([2, 2, 3]);
    site.session.update(state('Putin', 'neu'));
    site.session.search();
    await site.shown();
    expect(site.searchedShards).toEqual([0, 1, 2]);
    // By date: each shard's results in Pagefind's order, newest shard first.
    expect(site.titles()).toEqual(['s0-0', 's0-1', 's1-0', 's1-1', 's2-0']);
    expect(site.elements.status.textContent).toBe('7 Treffer für „Putin“.');
    expect(site.coverage.text.textContent).toBe('Treffer aus 2023–2026.');
    expect(site.coverage.older.hidden).toBe(true);
  });

  it('pages past the newest shard into the next one, keeping the results shown first', async () => {
    const site = shardedSite([FIRST_RESULTS + 1, 20, 0]);
    site.session.update(state('Putin'));
    site.session.search();
    await site.shown();
    const first = site.titles();
    await site.session.showMore();
    expect(site.searchedShards).toEqual([0, 1]);
    expect(site.titles().slice(0, FIRST_RESULTS)).toEqual(first);
    expect(site.titles()).toContain('s0-5');
    expect(site.titles().some((title) => title.startsWith('s1-'))).toBe(true);
    expect(site.coverage.text.textContent).toBe('Treffer aus 2025–2026; Artikel aus 2023–2024 noch nicht durchsucht.');
  });

  it('searches every shard once the reader asks for the older years, each shard once', async () => {
    const site = shardedSite([FIRST_RESULTS, 1, 1]);
    site.session.update(state('Putin'));
    site.session.search();
    await site.shown();
    site.session.searchOlder();
    await vi.waitFor(() => expect(site.coverage.text.textContent).toBe('Treffer aus 2023–2026.'));
    expect(site.searchedShards).toEqual([0, 1, 2]);
    expect(site.elements.status.textContent).toBe(`${FIRST_RESULTS + 2} Treffer für „Putin“.`);
  });

  it('searches only the shards that hold a year filtered by', async () => {
    const site = shardedSite([FIRST_RESULTS, 3, 3]);
    site.session.update({ ...state('Putin'), filters: { thema: [], quelle: [], jahr: ['2023'] } });
    site.session.search();
    await site.shown();
    // Only the oldest shard has 2023: the search with the year asks no other.
    expect(site.searchedShards).toEqual([2]);
    expect(site.titles()).toEqual(['s2-0', 's2-1', 's2-2']);
  });
});
