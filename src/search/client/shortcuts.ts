import { searchScript as texts } from '../../i18n/de.ts';
import type { FilterKey } from '../../routes.ts';
import { folded } from './matching.ts';
import { stateUrl, type QueryState } from './query-state.ts';

/**
 * A topic or source that a query names, shown above the results and not
 * among them ("Thema: Waffen und Munition, 4 Artikel"): an article is a
 * result only for its own words, never for its tags or sources. The build
 * writes the list into the search page (src/search/search-shortcuts.ts).
 */
export interface Shortcut {
  /** What the box says, counts included. */
  text: string;
  /** The topic's or source's page. */
  href: string;
  /** The search filter it stands for. */
  filter: [FilterKey, string];
  /** The queries that show it, as `shortcutKey` writes them. */
  keys: string[];
}

export type Shortcuts = readonly Shortcut[];

/** A query or a name as shortcuts compare them: as search folds words ("Buendnisse" is "Bündnisse"), quotation marks and spacing aside. */
export function shortcutKey(text: string): string {
  return folded(text.replace(/["„“”]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The shortcuts a query names. */
export function shortcutsFor(query: string, shortcuts: Shortcuts): Shortcut[] {
  const key = shortcutKey(query);
  return key ? shortcuts.filter((shortcut) => shortcut.keys.includes(key)) : [];
}

/** Draws the shortcuts of a state's query into `box`: each a link to its page and one that narrows the results to it. */
export function renderShortcuts(box: HTMLElement, shortcuts: Shortcuts, state: QueryState): void {
  const document = box.ownerDocument;
  box.replaceChildren();
  const named = shortcutsFor(state.q, shortcuts);
  if (named.length === 0) return;
  const list = document.createElement('ul');
  list.setAttribute('aria-label', texts.shortcuts);
  for (const { text, href, filter } of named) {
    const [key, value] = filter;
    const page = Object.assign(document.createElement('a'), { href, textContent: text });
    const item = document.createElement('li');
    item.append(page);
    if (!state.filters[key].includes(value)) {
      const narrowed = { ...state, filters: { ...state.filters, [key]: [...state.filters[key], value] } };
      const narrow = Object.assign(document.createElement('a'), {
        href: stateUrl(narrowed),
        textContent: texts.applyFilter,
      });
      item.append(' · ', narrow);
    }
    list.append(item);
  }
  box.append(list);
}
