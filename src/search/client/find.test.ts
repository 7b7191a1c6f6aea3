import { describe, expect, it } from 'vitest';
import { findArticles } from './find.ts';
import type { Pagefind, PagefindResultData, PagefindSearch } from './pagefind.ts';
import type { QueryState } from './query-state.ts';

const state = (q: string): QueryState => ({ q, filters: { thema: [], quelle: [], jahr: [] }, sort: 'relevanz' });

/** A Pagefind answering from fixed searches: query -> result ids, each with its text. */
function fakePagefind(answers: Record<string, string[]>, texts: Record<string, string>) {
  const searched: (string | null)[] = [];
  const loaded: string[] = [];
  const pagefind = {
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
  return { pagefind, searched, loaded };
}

const ids = async (found: Promise<{ results: { id: string }[] }>) => (await found).results.map((result) => result.id);

describe('findArticles', () => {
  const texts = { a: 'Er lobt sich indirekt.', b: 'Indien liefert.', c: 'Kim Jong Un reist.' };

  it('keeps, of the ranked results, those a finished word finds exactly, in the ranked order', async () => {
    const { pagefind, searched } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    expect(await ids(findArticles(pagefind, state('Indien'), false))).toEqual(['b']);
    expect(searched.slice(0, 2)).toEqual(['Indien', '"indien"']);
  });

  it('finds nothing when Pagefind put a shorter word for the word being typed', async () => {
    const { pagefind } = fakePagefind({ Angela: ['a', 'c'] }, { a: 'Er kam an.', c: 'Kim an Bord.' });
    expect(await ids(findArticles(pagefind, state('Angela'), true))).toEqual([]);
  });

  it('keeps what a typed word begins, looking at the first result only', async () => {
    const { pagefind, loaded } = fakePagefind({ indir: ['a', 'c'] }, texts);
    expect(await ids(findArticles(pagefind, state('indir'), true))).toEqual(['a', 'c']);
    expect(loaded).toEqual(['a']);
  });

  it('counts the filters of a one-word query from its exact search', async () => {
    const { pagefind } = fakePagefind({ Indien: ['a', 'b'], '"indien"': ['b'] }, texts);
    expect((await findArticles(pagefind, state('Indien'), false)).counts).toEqual({ jahr: { '2024': 1 } });
  });

  it('takes a phrase as Pagefind finds it', async () => {
    const { pagefind, searched } = fakePagefind({ '"Kim Jong"': ['c'] }, texts);
    expect(await ids(findArticles(pagefind, state('"Kim Jong"'), false))).toEqual(['c']);
    expect(searched).toEqual(['"Kim Jong"']);
  });
});
