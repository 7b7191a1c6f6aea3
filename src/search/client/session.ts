import { searchScript as texts } from '../../i18n/de.ts';
import { SEARCH_SHOWN_EVENT } from '../../routes.ts';
import { FIRST_RESULTS, MORE_RESULTS } from '../results-per-page.ts';
import { findArticles, matchedText, type Found } from './find.ts';
import { matchOf, type QueryWord } from './matching.ts';
import type { FilterCounts, PagefindResult } from './pagefind.ts';
import { asksForResults, isTooShort, stateUrl, type QueryState } from './query-state.ts';
import { coverageText, renderFilters, renderResult, renderSuggestions, statusText } from './render.ts';
import { readingOrder, type ShardedSearch } from './shards.ts';
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
  /** Which years the results come from, and the button to search older ones; only for an index in shards. */
  coverage?: { box: HTMLElement; text: HTMLElement; older: HTMLButtonElement } | undefined;
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
  /** Searches every shard of the index from now on, and the current state again. */
  searchOlder(): void;
}

/**
 * One reader's searches on the search page: the state asked for, the results
 * shown so far, and how a search is run and drawn.
 *
 * An index in shards is searched in the order the sort reads it (newest
 * first, oldest first for the oldest-first sort), one shard more while the
 * results do not fill the page the reader asks for: the first page, or the
 * next one. The button for older years makes every later search take every
 * shard; a year filter skips the shards without that year
 * (src/search/client/shards.ts).
 */
export function createSearchSession(
  elements: SearchElements,
  searchReady: Promise<ShardedSearch>,
  initial: QueryState,
  shortcutList: Shortcuts,
): SearchSession {
  const { input, filters, status, suggestions, results, more, shortcuts, coverage } = elements;
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
  /** How many shards, in the sort's order, a search takes at least: one, or all once the reader asked. */
  let reach = 1;
  /** The latest search drawn, and the shards it took (places in the manifest). */
  let drawn: Request | undefined;
  let scope: number[] = [];

  /**
   * Searches `request` over the first `from` shards in the sort's order, and
   * one more while fewer than `needed` results are found and shards are left.
   */
  async function searchShards(
    sharded: ShardedSearch,
    { state: searched, typing: typed }: Request,
    ticket: Ticket,
    needed: number,
    from: number,
  ): Promise<{ found: Found; scope: number[] } | undefined> {
    const order = readingOrder(sharded.shards.length, searched.sort);
    for (let count = Math.min(from, order.length); ; count++) {
      const taken = order.slice(0, count);
      const found = await findArticles(sharded.over(taken), searched, {
        typing: typed,
        firstPage: FIRST_RESULTS,
        ticket,
      });
      if (!found || ticket.stale) return undefined;
      if (found.results.length >= needed || count >= order.length) return { found, scope: taken };
    }
  }

  /** Says which years the results come from, and offers the older ones while some are not searched. */
  function drawCoverage(sharded: ShardedSearch | undefined): void {
    if (!coverage) return;
    // Nothing found: every shard was searched, and "Keine Treffer" says it all.
    const found = drawn && asksForResults(drawn.state) && allResults.length > 0;
    const text = sharded && found && coverageText(sharded.shards, scope);
    coverage.box.hidden = !text;
    coverage.text.textContent = text || '';
    coverage.older.hidden = !text || scope.length >= sharded.shards.length;
  }

  /** Takes the results of a search over more shards: those shown stay first, as they are. */
  function takeWider(found: Found, sharded: ShardedSearch): void {
    const kept = new Set(shown.map((result) => result.id));
    allResults = [...shown, ...found.results.filter((result) => !kept.has(result.id))];
    renderFilters(filters, filterValues, found.counts, drawn!.state.filters);
    status.textContent = statusText(drawn!.state, allResults.length);
    drawCoverage(sharded);
  }

  async function showMore(ticket: Ticket): Promise<void> {
    // A newer search is waiting: its results replace these, so load nothing for them.
    if (ticket.stale) return;
    // Disabled while loading, so a double click cannot add the same results twice.
    more.disabled = true;
    const pageSize = shown.length === 0 ? FIRST_RESULTS : MORE_RESULTS;
    const sharded = await searchReady;
    // The page goes past the shards searched: the next ones are searched, and their results follow those shown.
    if (drawn && shown.length + pageSize > allResults.length && scope.length < sharded.shards.length) {
      const list = allResults;
      const wider = await searchShards(sharded, drawn, ticket, shown.length + pageSize, scope.length + 1);
      if (!wider || ticket.stale || allResults !== list) {
        more.disabled = false;
        return;
      }
      scope = wider.scope;
      takeWider(wider.found, sharded);
    }
    const list = allResults;
    const next = list.slice(shown.length, shown.length + pageSize);
    // A newer search does not wait for these: they stay loading, and cached, meanwhile.
    const data = await Promise.race([Promise.all(next.map((result) => result.data())), ticket.superseded]);
    more.disabled = false;
    // Superseded, or a newer search has drawn its own list meanwhile: these belong to neither.
    if (!data || ticket.stale || allResults !== list) return;
    results.append(
      ...data.map((item) => renderResult(item, document, words && matchOf(words, matchedText(item)), query)),
    );
    shown = allResults.slice(0, shown.length + next.length);
    more.hidden = shown.length >= allResults.length && scope.length >= sharded.shards.length;
  }

  /** Runs a search of `searched` and draws it, unless a newer one was asked for meanwhile. */
  async function run(request: Request, ticket: Ticket): Promise<void> {
    const searched = request.state;
    history.replaceState(null, '', stateUrl(searched));
    const sharded = await searchReady;
    if (!asksForResults(searched)) {
      if (ticket.stale) return;
      drawn = request;
      results.replaceChildren();
      more.hidden = true;
      suggestions.replaceChildren();
      shortcuts.replaceChildren();
      renderFilters(filters, filterValues, undefined, searched.filters);
      status.textContent = isTooShort(searched) ? texts.enterLonger : texts.enterQuery;
      drawCoverage(sharded);
      return;
    }
    const wide = await searchShards(sharded, request, ticket, FIRST_RESULTS, reach);
    if (!wide || ticket.stale) return;
    const { found } = wide;
    const { counts } = found;
    drawn = request;
    scope = wide.scope;
    allResults = found.results;
    words = found.words;
    query = searched.q;
    shown = [];
    results.replaceChildren();
    renderShortcuts(shortcuts, shortcutList, searched);
    renderFilters(filters, filterValues, counts, searched.filters);
    drawCoverage(sharded);
    await showMore(ticket);
    if (ticket.stale) return;
    const count = allResults.length;
    status.textContent = statusText(searched, count);
    if (count === 0) renderSuggestions(suggestions, searched);
    else suggestions.replaceChildren();
    document.dispatchEvent(
      new CustomEvent(SEARCH_SHOWN_EVENT, { detail: { query: searched.q, sort: searched.sort, count } }),
    );
  }

  const scheduler = createScheduler(run, {
    whileBusy: (next) => {
      if (preloadsAsTyped(input.value))
        void searchReady.then((sharded) => sharded.over(scope.length > 0 ? scope : [0]).preload(next.state.q));
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
      filtersLoaded ??= searchReady.then(async (sharded) => {
        filterValues = await sharded.filters();
        search();
      });
      return filtersLoaded;
    },
    searchOlder() {
      reach = Infinity;
      search();
    },
  };
}
