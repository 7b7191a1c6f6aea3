import { SEARCH_READY_ATTRIBUTE, searchIds } from '../../routes.ts';
import { fillForm, readForm } from './form.ts';
import { prepareMatching } from './matching.ts';
import { loadPagefind, openShard, warmUp } from './pagefind.ts';
import { asksForResults, hasFilters, readQueryState } from './query-state.ts';
import { createSearchSession, type SearchElements } from './session.ts';
import type { Shortcuts } from './shortcuts.ts';
import { shardedSearch } from './shards.ts';
import { paths } from '../../routes.ts';
import type { ShardManifest } from '../shard-plan.ts';
import { whenSearched } from './typing.ts';

/** The search page's script (suche.astro): finds the page's elements and wires them to a search session. */

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function coverageElements(box: HTMLElement | null): SearchElements['coverage'] {
  return box
    ? { box, text: box.querySelector('span')!, older: byId<HTMLButtonElement>(searchIds.olderYears) }
    : undefined;
}

const form = byId<HTMLFormElement>(searchIds.form);
const filterPanel = byId<HTMLDetailsElement>(searchIds.filterPanel);
const elements = {
  input: byId<HTMLInputElement>(searchIds.input),
  sort: byId<HTMLSelectElement>(searchIds.sort),
  filters: byId<HTMLElement>(searchIds.filters),
  status: byId<HTMLElement>(searchIds.status),
  suggestions: byId<HTMLElement>(searchIds.suggestions),
  results: byId<HTMLOListElement>(searchIds.results),
  more: byId<HTMLButtonElement>(searchIds.more),
  shortcuts: byId<HTMLElement>(searchIds.shortcuts),
  // Only an index in shards has the line of years (suche.astro).
  coverage: coverageElements(document.getElementById(searchIds.coverage)),
};
const shortcuts = JSON.parse(byId(searchIds.shortcutData).textContent ?? '[]') as Shortcuts;
// The index's shards, newest first; a page that names none has one index, in /pagefind/.
const { shards } = JSON.parse(
  document.getElementById(searchIds.shardData)?.textContent ??
    JSON.stringify({ shards: [{ path: paths.pagefind, years: [], count: 0 }] }),
) as ShardManifest;
const pagefind = loadPagefind();
const sharded = pagefind.then((newest) =>
  shardedSearch(shards, async (place) => (place === 0 ? newest : openShard(newest, shards[place]!.path))),
);
const session = createSearchSession(elements, sharded, readQueryState(new URLSearchParams(location.search)), shortcuts);
// Once Pagefind is ready, while the reader has yet to type: its search and the reading of results get ready.
void pagefind.then((ready) => {
  const prepare = () => {
    prepareMatching();
    // A search asked for on arrival has warmed Pagefind already.
    if (!asksForResults(session.state)) void warmUp(ready);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(prepare);
  else setTimeout(prepare);
});
/** Takes the form's state; `typing`: the last word is still being typed (no space after it yet). */
const takeForm = (typing = false) => session.update(readForm(elements, session.state), typing);

fillForm(elements, session.state);
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void session.loadFilters();
});
if (hasFilters(session.state)) {
  filterPanel.open = true;
  void session.loadFilters();
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  takeForm();
  session.search();
});
elements.input.addEventListener('input', () => {
  const typed = elements.input.value;
  takeForm(!/\s$/.test(typed));
  // A single letter ('never') asks Pagefind nothing: the search of its state clears the results and says why.
  if (whenSearched(typed) === 'pause') session.searchAfterPause();
  else session.search();
});
for (const changed of [elements.sort, elements.filters]) {
  changed.addEventListener('change', () => {
    takeForm();
    session.search();
  });
}
elements.more.addEventListener('click', () => void session.showMore());
elements.coverage?.older.addEventListener('click', () => session.searchOlder());
form.setAttribute(SEARCH_READY_ATTRIBUTE, '');
session.search();
