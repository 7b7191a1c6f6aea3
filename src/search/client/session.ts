import { searchScript as texts } from '../../i18n/de.ts';
import { SEARCH_SHOWN_EVENT } from '../../routes.ts';
import { RESULTS_PER_PAGE } from '../results-per-page.ts';
import { countFilters, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind.ts';
import { asksForResults, pagefindOptions, stateUrl, type QueryState } from './query-state.ts';
import { renderFilters, renderResult, renderSuggestions, statusText } from './render.ts';
import { createScheduler, type Ticket } from './scheduler.ts';
import { preloadsAsTyped } from './typing.ts';

/** The elements a search session draws into and reads from. */
export interface SearchElements {
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  suggestions: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

export interface SearchSession {
  /** The state the reader asked for last. */
  readonly state: QueryState;
  /** Takes a new state without searching it (a single letter typed). */
  update(state: QueryState): void;
  /** Searches the current state, after the search going on, if any. */
  search(): void;
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
export function createSearchSession(elements: SearchElements, pagefindReady: Promise<Pagefind>, initial: QueryState): SearchSession {
  const { input, filters, status, suggestions, results, more } = elements;
  const document = results.ownerDocument;
  let state = initial;
  let shown: PagefindResult[] = [];
  let allResults: PagefindResult[] = [];
  /** Every value of every filter in the archive, loaded when the filters are first used. */
  let filterValues: FilterCounts = {};
  let filtersLoaded: Promise<void> | undefined;

  async function showMore(ticket: Ticket): Promise<void> {
    // A newer search is waiting: its results replace these, so load nothing for them.
    if (ticket.stale) return;
    // Disabled while loading, so a double click cannot add the same results twice.
    more.disabled = true;
    const next = allResults.slice(shown.length, shown.length + RESULTS_PER_PAGE);
    const data = await Promise.all(next.map((result) => result.data()));
    more.disabled = false;
    if (ticket.stale) return;
    results.append(...data.map((item) => renderResult(item, document)));
    shown = allResults.slice(0, shown.length + next.length);
    more.hidden = shown.length >= allResults.length;
  }

  /** Runs a search of `searched` and draws it, unless a newer one was asked for meanwhile. */
  async function run(searched: QueryState, ticket: Ticket): Promise<void> {
    history.replaceState(null, '', stateUrl(searched));
    const pagefind = await pagefindReady;
    if (!asksForResults(searched)) {
      if (ticket.stale) return;
      results.replaceChildren();
      more.hidden = true;
      suggestions.replaceChildren();
      renderFilters(filters, filterValues, undefined, searched.filters);
      status.textContent = texts.enterQuery;
      return;
    }
    const result = await pagefind.search(searched.q || null, pagefindOptions(searched));
    if (ticket.stale) return;
    const counts = await countFilters(pagefind, searched, result);
    if (ticket.stale) return;
    allResults = result.results;
    shown = [];
    results.replaceChildren();
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
      if (preloadsAsTyped(input.value)) void pagefindReady.then((pagefind) => pagefind.preload(next.q));
    },
  });

  function search(): void {
    scheduler.request(state);
  }

  return {
    get state() {
      return state;
    },
    update(next) {
      state = next;
    },
    search,
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
