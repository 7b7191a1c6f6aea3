// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { QueryState } from './query-state.ts';
import { renderShortcuts, shortcutKey, shortcutsFor, type Shortcut } from './shortcuts.ts';

const waffen: Shortcut = {
  text: 'Thema: Waffen und Munition, 4 Artikel',
  href: '/themen/waffenlieferungen/',
  filter: ['thema', 'Waffen und Munition'],
  keys: ['waffen und munition', 'waffen', 'munition'],
};
const state = (q: string, thema: string[] = []): QueryState => ({
  q,
  filters: { thema, quelle: [], jahr: [] },
  sort: 'relevanz',
});

describe('shortcuts', () => {
  it('compare queries without case, accents, quotation marks and extra spaces', () => {
    expect(shortcutKey(' „Waffen  und MUNITION“ ')).toBe('waffen und munition');
    expect(shortcutKey('Pjöngjang')).toBe('pjongjang');
    expect(shortcutKey('Pjoengjang')).toBe('pjongjang');
  });

  it('are named by a whole query only', () => {
    expect(shortcutsFor('Munition', [waffen])).toEqual([waffen]);
    expect(shortcutsFor('Munition Putin', [waffen])).toEqual([]);
    expect(shortcutsFor('', [waffen])).toEqual([]);
  });

  it('draw a link to the page and one that narrows the results, unless that filter is chosen', () => {
    const box = document.createElement('div');
    renderShortcuts(box, [waffen], state('Munition'));
    const links = [...box.querySelectorAll('li a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Thema: Waffen und Munition, 4 Artikel', '/themen/waffenlieferungen/'],
      ['Treffer darauf eingrenzen', '/suche/?q=Munition&thema=Waffen+und+Munition'],
    ]);
    renderShortcuts(box, [waffen], state('Munition', ['Waffen und Munition']));
    expect(box.querySelectorAll('a')).toHaveLength(1);
    renderShortcuts(box, [waffen], state('Putin'));
    expect(box.children).toHaveLength(0);
  });
});
