// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { unsearchable } from '../index-fields.ts';
import { matchOf, queryWords, type Match, type Why } from './matching.ts';
import type { PagefindResultData } from './pagefind.ts';
import type { QueryState } from './query-state.ts';
import { renderFilters, renderResult, renderSuggestions, statusText } from './render.ts';

function state(
  partial: Partial<Omit<QueryState, 'filters'>> & { filters?: Partial<QueryState['filters']> } = {},
): QueryState {
  return {
    q: partial.q ?? '',
    filters: { thema: [], quelle: [], jahr: [], ...partial.filters },
    sort: partial.sort ?? 'relevanz',
  };
}

const result: PagefindResultData = {
  url: '/artikel/putin-schenkt-kim-jong-un-ein-russisches-luxusauto/',
  excerpt: 'eine <mark>Limousine</mark> der Marke Aurus<img src=x onerror="globalThis.hacked = true">',
  content: 'Putin schenkt Kim Jong Un ein russisches Luxusauto. Pjöngjang sieht darin eine Limousine der Marke Aurus.',
  meta: {
    title: 'Putin schenkt Kim Jong Un ein russisches Luxusauto',
    zeile: unsearchable('19. Februar 2024 · Quelle nicht angegeben'),
  },
  filters: { thema: ['Kim Jong Un', 'Sanktionen', 'Wladimir Putin'], jahr: ['2024'] },
};

/** A match with these whys, that keeps every mark of Pagefind's. */
function match(why: Why[]): Match {
  return { why, printed: [], finds: () => true };
}

describe('renderResult', () => {
  it('links the title to the article and shows date, source, excerpt and tags', () => {
    const item = renderResult(result, document);
    expect(item.className).toBe('result');
    const link = item.querySelector<HTMLAnchorElement>('h2.result__title > a')!;
    expect(link.getAttribute('href')).toBe(result.url);
    expect(link.textContent).toBe('Putin schenkt Kim Jong Un ein russisches Luxusauto');
    expect(item.querySelector('p.meta')!.textContent).toBe('19. Februar 2024 · Quelle nicht angegeben');
    const excerpt = item.querySelector('p.result__excerpt')!;
    expect(excerpt.innerHTML).toBe('eine <mark>Limousine</mark> der Marke Aurus');
    const tags = item.querySelector('ul.tag-list.tag-list--plain')!;
    expect(tags.getAttribute('aria-label')).toBe('Themen');
    expect([...tags.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Kim Jong Un',
      'Sanktionen',
      'Wladimir Putin',
    ]);
    expect([...item.children].map((child) => child.tagName)).toEqual(['H2', 'P', 'P', 'UL']);
  });

  it('falls back to the URL for a title, leaves out what the metadata lacks, and shows no tag list without tags', () => {
    const item = renderResult(
      {
        url: '/artikel/ohne-titel/',
        excerpt: 'Text',
        content: 'Text',
        meta: { zeile: unsearchable('2024') },
        filters: {},
      },
      document,
    );
    expect(item.querySelector('h2 a')!.textContent).toBe('/artikel/ohne-titel/');
    expect(item.querySelector('p.meta')!.textContent).toBe('2024');
    expect(item.querySelector('ul')).toBeNull();
  });

  it('says why it matched a word it does not print, marks that word in the excerpt and asks the article page to mark it', () => {
    const unmarked = {
      ...result,
      url: `${result.url}?markiert=pyongyang`,
      excerpt: 'Putin schenkt Kim Jong Un ein russisches Luxusauto.',
    };
    const item = renderResult(
      unmarked,
      document,
      match([{ word: 'Pyongyang', kind: 'spelling', printed: 'Pjöngjang' }]),
      'Pyongyang',
    );
    expect(item.querySelector('p.result__why')!.textContent).toBe(
      '„Pyongyang“ gefunden in der Schreibweise »Pjöngjang«',
    );
    expect([...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent)).toEqual(['Pjöngjang']);
    const href = item.querySelector('h2 a')!.getAttribute('href')!;
    expect(new URLSearchParams(href.split('?')[1]).getAll('markiert')).toEqual(['Pyongyang', 'Pjöngjang']);
  });

  it("keeps Pagefind's excerpt when it marks the word", () => {
    const item = renderResult(
      result,
      document,
      match([{ word: 'Munition', kind: 'part', printed: 'Artilleriemunition' }]),
    );
    expect(item.querySelector('.result__excerpt mark')!.textContent).toBe('Limousine');
    expect(item.querySelector('p.result__why')!.textContent).toBe(
      '„Munition“ gefunden als Teil von »Artilleriemunition«',
    );
  });
});

describe('renderResult, where Pagefind marks words the query does not find', () => {
  // Pagefind's excerpt of "UN" marks "und" (it takes every word that begins with the stem); the text prints "UN" further on.
  const content = 'Putin und Kim trafen sich. Später beriet der UN-Sicherheitsrat über Sanktionen gegen Nordkorea.';
  const data: PagefindResultData = {
    ...result,
    excerpt: 'Putin <mark>und</mark> Kim trafen sich.',
    content,
    locations: [1, 8],
  };

  it('leaves those words unmarked, shows the first word it found, and asks the article page to mark that one', () => {
    const item = renderResult(
      data,
      document,
      matchOf(queryWords('UN', false)!, { content, locations: data.locations, terms: undefined, names: undefined }),
      'UN',
    );
    expect([...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent)).toEqual(['UN']);
    expect(item.querySelector('.result__excerpt')!.textContent).toContain('der UN-Sicherheitsrat über');
    expect(item.querySelector('p.result__why')).toBeNull();
    const href = item.querySelector('h2 a')!.getAttribute('href')!;
    expect(new URLSearchParams(href.split('?')[1]).getAll('markiert')).toEqual(['UN']);
  });

  it('keeps Pagefind\'s marks when the page\'s stemmer refuses them all and knows no word of its own ("System", "Systeme")', () => {
    const refused: Match = { why: [], printed: [], finds: () => false };
    const item = renderResult(
      { ...data, excerpt: 'neue <mark>Systeme</mark> für Pjöngjang' },
      document,
      refused,
      'System',
    );
    expect([...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent)).toEqual(['Systeme']);
  });

  it('keeps every mark of a phrase, which Pagefind searched exactly', () => {
    const item = renderResult(data, document, undefined, '"Putin und Kim"');
    expect([...item.querySelectorAll('.result__excerpt mark')].map((mark) => mark.textContent)).toEqual(['und']);
  });
});

describe('renderFilters', () => {
  let box: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    box = document.createElement('div');
    document.body.append(box);
  });

  const archive = {
    thema: { Russland: 5, Ägypten: 1, Nordkorea: 4 },
    quelle: { TASS: 1, 'Quelle nicht angegeben': 5 },
    jahr: { '2023': 1, '2024': 4 },
  };

  /** Each fieldset as its legend and its labels, with checked boxes marked by "[x]". */
  function drawn(): [string, string[]][] {
    return [...box.querySelectorAll('fieldset')].map((fieldset) => [
      fieldset.querySelector('legend')!.textContent,
      [...fieldset.querySelectorAll('label')].map((label) => {
        const input = label.querySelector('input')!;
        return `${input.checked ? '[x]' : '[ ]'}${label.textContent}`;
      }),
    ]);
  }

  it('shows every value with the archive counts when nothing is searched, names in German order and years newest first', () => {
    renderFilters(box, archive, undefined, state().filters);
    expect(drawn()).toEqual([
      ['Thema', ['[ ] Ägypten (1)', '[ ] Nordkorea (4)', '[ ] Russland (5)']],
      ['Quelle', ['[ ] Quelle nicht angegeben (5)', '[ ] TASS (1)']],
      ['Jahr', ['[ ] 2024 (4)', '[ ] 2023 (1)']],
    ]);
    const box2024 = box.querySelector<HTMLInputElement>('input[value="2024"]')!;
    expect([box2024.type, box2024.name]).toEqual(['checkbox', 'jahr']);
  });

  it("shows a search's counts, hides values that would find nothing unless chosen, and drops a filter left empty", () => {
    const counts = { thema: { Russland: 2, Nordkorea: 0 }, quelle: {}, jahr: { '2023': 0, '2024': 2 } };
    renderFilters(box, archive, counts, state({ filters: { jahr: ['2023'] } }).filters);
    expect(drawn()).toEqual([
      ['Thema', ['[ ] Russland (2)']],
      ['Jahr', ['[ ] 2024 (2)', '[x] 2023 (0)']],
    ]);
  });

  it('draws nothing before the filter values are loaded', () => {
    renderFilters(box, {}, { thema: { Russland: 2 } }, state().filters);
    expect(box.children.length).toBe(0);
  });

  it('keeps the keyboard focus on the box the reader used', () => {
    renderFilters(box, archive, undefined, state().filters);
    box.querySelector<HTMLInputElement>('input[name="quelle"][value="TASS"]')!.focus();
    renderFilters(box, archive, undefined, state({ filters: { quelle: ['TASS'] } }).filters);
    const focused = document.activeElement as HTMLInputElement;
    expect([focused.name, focused.value, focused.checked]).toEqual(['quelle', 'TASS', true]);
    expect(box.contains(focused)).toBe(true);
  });
});

describe('renderSuggestions', () => {
  it('links each wider search to its search page URL', () => {
    const container = document.createElement('div');
    renderSuggestions(container, state({ q: 'Kim Limousine', filters: { jahr: ['2023'] }, sort: 'neu' }));
    expect(container.querySelector('p')!.textContent).toBe('Versuchen Sie es');
    expect([...container.querySelectorAll('li > a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['ohne Filter', '/suche/?q=Kim+Limousine&sortierung=neu'],
      ['Limousine', '/suche/?q=Limousine&jahr=2023&sortierung=neu'],
      ['Kim', '/suche/?q=Kim&jahr=2023&sortierung=neu'],
    ]);
  });

  it('suggests another word when there is no wider search, replacing what was there', () => {
    const container = document.createElement('div');
    container.append(document.createElement('ul'));
    renderSuggestions(container, state({ q: 'Teeservise' }));
    expect(container.innerHTML).toBe('<p>Versuchen Sie ein anderes Wort oder eine andere Schreibweise.</p>');
  });
});

describe('statusText', () => {
  it('counts the results of a query or of filters alone', () => {
    expect(statusText(state({ q: 'Limousine' }), 3)).toBe('3 Treffer für „Limousine“.');
    expect(statusText(state({ q: 'Teeservise' }), 0)).toBe('Keine Treffer für „Teeservise“.');
    expect(statusText(state({ filters: { jahr: ['2024'] } }), 4)).toBe('4 Treffer mit diesen Filtern.');
    expect(statusText(state({ sort: 'alt' }), 0)).toBe('Keine Treffer mit diesen Filtern.');
    expect(statusText(state({ q: 'Kim' }), 1)).toBe('1 Treffer für „Kim“.');
  });
});
