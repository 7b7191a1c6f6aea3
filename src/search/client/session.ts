import { searchScript as texts } from '../../i18n/de.ts';
import { SEARCH_SHOWN_EVENT } from '../../routes.ts';
import { FIRST_RESULTS, MORE_RESULTS } from '../results-per-page.ts';
import { findArticles, matchedText } from './find.ts';
import { matchOf, type QueryWord } from './matching.ts';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind.ts';
import { asksForResults, isTooShort, stateUrl, type QueryState } from './query-state.ts';
import { renderFilters, renderResult, renderSuggestions, statusText } from './render.ts';
import { renderShortcuts, type Shortcuts } from './shortcuts.ts';
import { createScheduler, type Ticket } from './scheduler.ts';
import { preloadsAsTyped, TYPING_PAUSE_MS } from './typing.ts';

/** The elements a search session draws into and reads from. */
export interface SearchElements {
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  suggestions: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  /** Where the topics and sources a query names are shown, above the results. */
  shortcuts: HTMLElement;
}

/** A search asked for: the state, and whether the reader is still typing its last word. */
interface Request {
  state: QueryState;
  typing: boolean;
}

export interface SearchSession {
  /** The state the reader asked for last. */
  readonly state: QueryState;
  /**
   * Takes a new state without searching it (a single letter typed), and drops
   * a search still waiting for a pause; `typing`: its last word is still being typed.
   */
  update(state: QueryState, typing?: boolean): void;
  /** Searches the current state, after the search going on, if any; a search waiting for a pause is dropped. */
  search(): void;
  /** Searches the current state once the reader has not asked for another search for TYPING_PAUSE_MS. */
  searchAfterPause(): void;
  /** Adds the next page of results of the latest search and moves the focus to the first of them. */
  showMore(): Promise<void>;
  /**
   * Loads the filter indexes, once, and searches again, so the filters show
   * their counts. Only when the reader opens the filters or arrives with
   * filters chosen: at 10,000 articles the filter indexes would be a third of
   * the bytes of the first search (docs/benchmarks.md).
   */
  loadFilters(): Promise<void>;
}

/**
 * One reader's searches on the search page: the state asked for, the results
 * shown so far, and how a search is run and drawn.
 */
export function createSearchSession(
  elements: SearchElements,
  pagefindReady: Promise<Pagefind>,
  initial: QueryState,
  shortcutList: Shortcuts,
): SearchSession {
  const { input, filters, status, suggestions, results, more, shortcuts } = elements;
  const document = results.ownerDocument;
  let state = initial;
  let typing = false;
  let shown: PagefindResult[] = [];
  let allResults: PagefindResult[] = [];
  let words: QueryWord[] | undefined;
  let query = '';
  /** Every value of every filter in the archive, loaded when the filters are first used. */
  let filterValues: FilterCounts = {};
  let filtersLoaded: Promise<void> | undefined;

  async function showMore(ticket: Ticket): Promise<void> {
    // A newer search is waiting: its results replace these, so load nothing for them.
    if (ticket.stale) return;
    // Disabled while loading, so a double click cannot add the same results twice.
    more.disabled = true;
    const list = allResults;
    const next = list.slice(shown.length, shown.length + (shown.length === 0 ? FIRST_RESULTS : MORE_RESULTS));
    // A newer search does not wait for these: they stay loading, and cached, meanwhile.
    const data = await Promise.race([Promise.all(next.map((result) => result.data())), ticket.superseded]);
    more.disabled = false;
    // Superseded, or a newer search has drawn its own list meanwhile: these belong to neither.
    if (!data || ticket.stale || allResults !== list) return;
    results.append(
      ...data.map((item) => renderResult(item, document, words && matchOf(words, matchedText(item)), query)),
    );
    shown = allResults.slice(0, shown.length + next.length);
    more.hidden = shown.length >= allResults.length;
  }

  /** Runs a search of `searched` and draws it, unless a newer one was asked for meanwhile. */
  async function run({ state: searched, typing: typed }: Request, ticket: Ticket): Promise<void> {
    history.replaceState(null, '', stateUrl(searched));
    const pagefind = await pagefindReady;
    if (!asksForResults(searched)) {
      if (ticket.stale) return;
      results.replaceChildren();
      more.hidden = true;
      suggestions.replaceChildren();
      shortcuts.replaceChildren();
      renderFilters(filters, filterValues, undefined, searched.filters);
      status.textContent = isTooShort(searched) ? texts.enterLonger : texts.enterQuery;
      return;
    }
    const found = await findArticles(pagefind, searched, { typing: typed, firstPage: FIRST_RESULTS, ticket });
    if (!found || ticket.stale) return;
    const { counts } = found;
    allResults = found.results;
    words = found.words;
    query = searched.q;
    shown = [];
    results.replaceChildren();
    renderShortcuts(shortcuts, shortcutList, searched);
    renderFilters(filters, filterValues, counts, searched.filters);
    await showMore(ticket);
    if (ticket.stale) return;
    const count = allResults.length;
    status.textContent = statusText(searched, count);
    if (count === 0) renderSuggestions(suggestions, searched);
    else suggestions.replaceChildren();
    document.dispatchEvent(new CustomEvent(SEARCH_SHOWN_EVENT, { detail: { query: searched.q, count } }));
  }

  const scheduler = createScheduler(run, {
    whileBusy: (next) => {
      if (preloadsAsTyped(input.value)) void pagefindReady.then((pagefind) => pagefind.preload(next.state.q));
    },
  });

  let pause: ReturnType<typeof setTimeout> | undefined;
  function search(): void {
    clearTimeout(pause);
    scheduler.request({ state, typing });
  }

  return {
    get state() {
      return state;
    },
    update(next, typingNext = false) {
      // A search waiting for a pause was for the state before: the caller says when this one is searched.
      clearTimeout(pause);
      state = next;
      typing = typingNext;
    },
    search,
    searchAfterPause() {
      clearTimeout(pause);
      pause = setTimeout(search, TYPING_PAUSE_MS);
    },
    async showMore() {
      const firstNew = shown.length;
      await showMore(scheduler.latest());
      results.children[firstNew]?.querySelector('a')?.focus();
    },
    loadFilters() {
      filtersLoaded ??= pagefindReady.then(async (pagefind) => {
        filterValues = await pagefind.filters();
        search();
      });
      return filtersLoaded;
    },
  };
}
