// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RESULTS } from '../results-per-page.ts';
import type { Pagefind, PagefindResult, PagefindSearch } from './pagefind.ts';
import type { QueryState } from './query-state.ts';
import { createSearchSession, type SearchElements, type SearchSession } from './session.ts';
import { TYPING_PAUSE_MS } from './typing.ts';

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
    session = createSearchSession(searchElements(), Promise.resolve(recording.pagefind), state(''), []);
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
    const session = createSearchSession(elements, Promise.resolve(pagefind), state(''), []);
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
