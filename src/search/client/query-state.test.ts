import { describe, expect, it } from 'vitest';
import {
  asksForResults,
  hasFilters,
  pagefindOptions,
  readQueryState,
  stateUrl,
  widerSearches,
  writeQueryState,
  type QueryState,
} from './query-state.ts';

function state(
  partial: Partial<Omit<QueryState, 'filters'>> & { filters?: Partial<QueryState['filters']> } = {},
): QueryState {
  return {
    q: partial.q ?? '',
    filters: { thema: [], quelle: [], jahr: [], ...partial.filters },
    sort: partial.sort ?? 'relevanz',
  };
}

describe('the query state in the URL', () => {
  it('reads query, filters and sort from a shared URL', () => {
    expect(
      readQueryState(new URLSearchParams('q=+Kim+Jong+Un+&thema=Sanktionen&thema=Nordkorea&jahr=2024&sortierung=neu')),
    ).toEqual(
      state({ q: 'Kim Jong Un', filters: { thema: ['Sanktionen', 'Nordkorea'], jahr: ['2024'] }, sort: 'neu' }),
    );
  });

  it('reads nothing as an empty state, and drops empty filter values', () => {
    expect(readQueryState(new URLSearchParams())).toEqual(state());
    expect(readQueryState(new URLSearchParams('q=&quelle=&quelle=TASS'))).toEqual(
      state({ filters: { quelle: ['TASS'] } }),
    );
  });

  it('takes an unknown sort for relevance', () => {
    expect(readQueryState(new URLSearchParams('q=Putin&sortierung=zufall')).sort).toBe('relevanz');
    expect(readQueryState(new URLSearchParams('q=Putin&sortierung=NEU')).sort).toBe('relevanz');
    expect(readQueryState(new URLSearchParams('q=Putin&sortierung=alt')).sort).toBe('alt');
  });

  it('writes query, each filter value and a non-default sort, in that order', () => {
    const written = writeQueryState(
      state({ q: 'Kim Jong Un', filters: { jahr: ['2024', '2023'], thema: ['Sanktionen'] }, sort: 'alt' }),
    );
    expect(written.toString()).toBe('q=Kim+Jong+Un&thema=Sanktionen&jahr=2024&jahr=2023&sortierung=alt');
    expect(writeQueryState(state()).toString()).toBe('');
    expect(writeQueryState(state({ q: 'Putin' })).toString()).toBe('q=Putin');
  });

  it('reads back what it writes', () => {
    const states = [
      state(),
      state({ q: 'Pjöngjang „innige Freunde“' }),
      state({ q: 'a&b=c', filters: { quelle: ['Deutsche Presse-Agentur', 'TASS'], jahr: ['2023'] }, sort: 'neu' }),
      state({ filters: { thema: ['Vereinte Nationen'] }, sort: 'alt' }),
    ];
    for (const original of states) expect(readQueryState(writeQueryState(original))).toEqual(original);
  });

  it('makes the search page URL of a state, bare without one', () => {
    expect(stateUrl(state())).toBe('/suche/');
    expect(stateUrl(state({ q: 'Kim', filters: { jahr: ['2024'] } }))).toBe('/suche/?q=Kim&jahr=2024');
  });

  it('knows when a state has filters and when it asks for results', () => {
    expect(hasFilters(state({ q: 'Putin' }))).toBe(false);
    expect(hasFilters(state({ filters: { jahr: ['2024'] } }))).toBe(true);
    expect(asksForResults(state())).toBe(false);
    expect(asksForResults(state({ q: 'Putin' }))).toBe(true);
    expect(asksForResults(state({ filters: { quelle: ['TASS'] } }))).toBe(true);
    expect(asksForResults(state({ sort: 'neu' }))).toBe(true);
    // One character is no query yet, with filters or without.
    expect(asksForResults(state({ q: 'P' }))).toBe(false);
    expect(asksForResults(state({ q: ' Ä ', filters: { quelle: ['TASS'] } }))).toBe(false);
    expect(asksForResults(state({ q: 'EU' }))).toBe(true);
  });
});

describe('pagefindOptions', () => {
  it('makes the values of one filter alternatives and leaves out filters without a value', () => {
    expect(
      pagefindOptions(state({ q: 'Putin', filters: { thema: ['Sanktionen', 'Nordkorea'], jahr: ['2024'] } })),
    ).toEqual({
      filters: { thema: { any: ['Sanktionen', 'Nordkorea'] }, jahr: { any: ['2024'] } },
    });
  });

  it('sorts by the archive order for newest and oldest first, and not at all for relevance', () => {
    expect(pagefindOptions(state({ sort: 'neu' }))).toEqual({ filters: {}, sort: { datum: 'desc' } });
    expect(pagefindOptions(state({ sort: 'alt' }))).toEqual({ filters: {}, sort: { datum: 'asc' } });
    expect(pagefindOptions(state({ sort: 'relevanz' }))).toEqual({ filters: {} });
  });
});

describe('widerSearches', () => {
  it('has nothing to offer for one word without filters or quotes', () => {
    expect(widerSearches(state({ q: 'Teeservice' }))).toEqual([]);
  });

  it('offers the search without filters, keeping query and sort', () => {
    expect(
      widerSearches(state({ q: 'Limousine', filters: { jahr: ['2023'], quelle: ['TASS'] }, sort: 'neu' })),
    ).toEqual([{ label: 'ohne Filter', state: state({ q: 'Limousine', sort: 'neu' }) }]);
  });

  it('offers a quoted phrase without its quotation marks, and each word left out once', () => {
    expect(widerSearches(state({ q: '„innige  Freunde“ Kim' })).map(({ label, state }) => [label, state.q])).toEqual([
      ['ohne Anführungszeichen: innige Freunde Kim', 'innige Freunde Kim'],
      ['Freunde Kim', 'Freunde Kim'],
      ['innige Kim', 'innige Kim'],
      ['innige Freunde', 'innige Freunde'],
    ]);
    expect(widerSearches(state({ q: '"Aurus"' })).map(({ label }) => label)).toEqual(['ohne Anführungszeichen: Aurus']);
  });
});
