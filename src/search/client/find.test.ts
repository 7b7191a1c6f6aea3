import { describe, expect, it } from 'vitest';
import { findArticles } from './find.ts';
import type { Pagefind, PagefindResultData, PagefindSearch } from './pagefind.ts';
import type { QueryState } from './query-state.ts';

const state = (q: string): QueryState => ({ q, filters: { thema: [], quelle: [], jahr: [] }, sort: 'relevanz' });

/** A Pagefind answering from fixed searches: query -> result ids, each with its text. */
function fakePagefind(answers: Record<string, string[]>, texts: Record<string, string>) {
  const searched: (string | null)[] = [];
  const loaded: string[] = [];
  const preloaded: string[] = [];
  const pagefind = {
    async preload(query: string): Promise<void> {
      preloaded.push(query);
    },
    async search(query: string | null): Promise<PagefindSearch> {
      searched.push(query);
      const ids = answers[query ?? ''] ?? [];
      return {
        results: ids.map((id) => ({
          id,
          data: async (): Promise<PagefindResultData> => {
            loaded.push(id);
            return { url: `/artikel/${id}/`, excerpt: '', content: texts[id] ?? '', meta: {}, filters: {} };
          },
        })),
        filters: { jahr: { '2024': ids.length } },
      };
    },
  } as unknown as Pagefind;
  return { pagefind, searched, loaded, preloaded };
}

const ids = async (found: Promise<{ results: { id: string }[] } | undefined>) =>
  (await found)!.results.map((result) => result.id);

describe('findArticles', () => {
  const texts = { a: 'Er lobt sich indirekt.', b: 'Indien liefert.', c: 'Kim Jong Un reist.' };

  it('keeps, of the ranked results, those a finished word finds exactly, in the ranked order', async () => {
    const { pagefind, searched } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    expect(await ids(findArticles(pagefind, state('Indien'), { typing: false, firstPage: 10 }))).toEqual(['b']);
    expect(searched.slice(0, 2)).toEqual(['Indien', '"indien"']);
  });

  it('finds nothing when Pagefind put a shorter word for the word being typed', async () => {
    const { pagefind } = fakePagefind({ Angela: ['a', 'c'] }, { a: 'Er kam an.', c: 'Kim an Bord.' });
    expect(await ids(findArticles(pagefind, state('Angela'), { typing: true, firstPage: 10 }))).toEqual([]);
  });

  it('keeps what a typed word begins, judged by the first result, while the first page loads', async () => {
    const { pagefind, loaded } = fakePagefind({ indir: ['a', 'c', 'b'] }, texts);
    expect(await ids(findArticles(pagefind, state('indir'), { typing: true, firstPage: 2 }))).toEqual(['a', 'c', 'b']);
    expect(loaded).toEqual(['a', 'c']);
  });

  it('stops when a newer search supersedes it while its index chunks load: no search, no result loaded', async () => {
    const { pagefind, searched, loaded, preloaded } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    const preload = pagefind.preload.bind(pagefind);
    // The chunks never arrive: only the race lets the search end.
    pagefind.preload = (query) => preload(query).then(() => new Promise(() => undefined));
    const ticket = { stale: true, superseded: Promise.resolve() };
    expect(await findArticles(pagefind, state('Indien'), { typing: false, firstPage: 10, ticket })).toBeUndefined();
    expect(preloaded).toEqual(['Indien']);
    expect(searched).toEqual([]);
    expect(loaded).toEqual([]);
  });

  it('stops when superseded during the search, before the exact search and any result', async () => {
    let checks = 0;
    const { pagefind, searched, loaded, preloaded } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    const ticket = {
      get stale() {
        return ++checks > 1;
      },
      superseded: new Promise<void>(() => undefined),
    };
    expect(await findArticles(pagefind, state('Indien'), { typing: false, firstPage: 10, ticket })).toBeUndefined();
    expect(preloaded).toEqual(['Indien']);
    expect(searched).toEqual(['Indien']);
    expect(loaded).toEqual([]);
  });

  it('sees the keystrokes made during a search before loading any result: they wait as tasks while Pagefind searches', async () => {
    const { pagefind, loaded } = fakePagefind({ indir: ['a', 'c'] }, texts);
    const search = pagefind.search.bind(pagefind);
    let stale = false;
    pagefind.search = (query, options) => {
      // A keystroke during the search: its handler runs as a task after the search's.
      setTimeout(() => (stale = true), 0);
      return search(query, options);
    };
    const ticket = {
      get stale() {
        return stale;
      },
      superseded: new Promise<void>(() => undefined),
    };
    expect(await findArticles(pagefind, state('indir'), { typing: true, firstPage: 10, ticket })).toBeUndefined();
    expect(loaded).toEqual([]);
  });

  it('waits no longer for the first result of a typed word once superseded', async () => {
    const { pagefind, searched } = fakePagefind({}, texts);
    let supersede!: () => void;
    const superseded = new Promise<void>((resolve) => (supersede = resolve));
    let stale = false;
    // The first result's text never arrives; the reader types on while it loads.
    const hanging = {
      id: 'a',
      data: () => {
        stale = true;
        supersede();
        return new Promise<never>(() => undefined);
      },
    };
    const search = pagefind.search.bind(pagefind);
    pagefind.search = async (query, options) => (await search(query, options), { results: [hanging], filters: {} });
    const ticket = {
      get stale() {
        return stale;
      },
      superseded,
    };
    expect(await findArticles(pagefind, state('indir'), { typing: true, firstPage: 10, ticket })).toBeUndefined();
    expect(searched).toEqual(['indir']);
  });

  it('counts the filters of a one-word query from its exact search', async () => {
    const { pagefind } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    expect((await findArticles(pagefind, state('Indien'), { typing: false, firstPage: 10 }))!.counts).toEqual({
      jahr: { '2024': 1 },
    });
  });

  it('takes a phrase as Pagefind finds it', async () => {
    const { pagefind, searched } = fakePagefind({ '"Kim Jong"': ['c'] }, texts);
    expect(await ids(findArticles(pagefind, state('"Kim Jong"'), { typing: false, firstPage: 10 }))).toEqual(['c']);
    expect(searched).toEqual(['"Kim Jong"']);
  });
});
