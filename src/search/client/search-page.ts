import { RESULTS_PER_PAGE } from '../results-per-page.ts';
import { excerptNodes } from './excerpt.ts';
import {
  FILTER_KEYS,
  hasFilters,
  pagefindOptions,
  readQueryState,
  widerSearches,
  writeQueryState,
  type FilterKey,
  type QueryState,
} from './query-state.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  preload(query: string): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}


const HIGHLIGHT_PARAM = 'markiert';

const FILTER_LABELS: Record<FilterKey, string> = { thema: 'Thema', quelle: 'Quelle', jahr: 'Jahr' };

const form = document.querySelector<HTMLFormElement>('#suchformular')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sortierung"]')!;
const filterPanel = document.querySelector<HTMLDetailsElement>('#filterbereich')!;
const filterBox = document.querySelector<HTMLElement>('#suchfilter')!;
const status = document.querySelector<HTMLElement>('#suchstatus')!;
const resultList = document.querySelector<HTMLOListElement>('#suchergebnisse')!;
const moreButton = document.querySelector<HTMLButtonElement>('#weitere-treffer')!;
const suggestions = document.querySelector<HTMLElement>('#suchvorschlaege')!;

let state: QueryState = readQueryState(new URLSearchParams(location.search));
let latest = 0;
let shown: PagefindSearch['results'] = [];
let allResults: PagefindSearch['results'] = [];

/** Every value of every filter in the archive, loaded when the filters are first used. */
let filterValues: Record<string, Record<string, number>> = {};

const pagefindReady: Promise<Pagefind> = (async () => {
  const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as Pagefind;
  await pagefind.options({
    // No worker: one file less to download before the first result.
    noWorker: true,
    excerptLength: 24,
    highlightParam: HIGHLIGHT_PARAM,
    ranking: {
      // Hidden spellings and compound parts may find an article, but never
      // outrank one that prints the word: they weigh far less than body text.
      metaWeights: { title: 5, themen: 2, quelle: 1, zitiert: 1, datum: 1, varianten: 0.1 },
    },
  });
  await pagefind.init();
  return pagefind;
})();

let filtersLoaded: Promise<void> | undefined;

/**
 * Loads the filter indexes and searches again, so the filters show their
 * counts. Only when the reader opens the filters or arrives with filters
 * chosen: at 10,000 articles the filter indexes would be a third of the
 * bytes of the first search (docs/benchmarks.md).
 */
function loadFilters(): Promise<void> {
  filtersLoaded ??= pagefindReady.then(async (pagefind) => {
    filterValues = await pagefind.filters();
    schedule();
  });
  return filtersLoaded;
}

function quoted(text: string): string {
  return `„${text}“`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function searchUrl(next: QueryState): string {
  const params = writeQueryState(next).toString();
  return params ? `/suche/?${params}` : '/suche/';
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h2', 'result__title');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = element('p', 'meta', [data.meta.datum, data.meta.quelle].filter(Boolean).join(' · '));
  const excerpt = element('p', 'result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt, document));
  item.append(heading, meta, excerpt);
  if (data.meta.themen) {
    const tags = element('ul', 'tag-list tag-list--plain');
    tags.setAttribute('aria-label', 'Themen');
    for (const label of data.meta.themen.split(', ')) tags.append(element('li', undefined, label));
    item.append(tags);
  }
  return item;
}

async function showMore(search: number): Promise<void> {
  // A newer search is waiting: its results replace these, so load nothing for them.
  if (search !== latest) return;
  // Disabled while loading, so a double click cannot add the same results twice.
  moreButton.disabled = true;
  const next = allResults.slice(shown.length, shown.length + RESULTS_PER_PAGE);
  const data = await Promise.all(next.map((result) => result.data()));
  moreButton.disabled = false;
  if (search !== latest) return;
  resultList.append(...data.map(renderResult));
  shown = allResults.slice(0, shown.length + next.length);
  moreButton.hidden = shown.length >= allResults.length;
}

type FilterCounts = Record<string, Record<string, number>>;

/**
 * For each filter, what each value would find. Values of one filter are
 * alternatives, so a filter's own choice must not narrow its counts: they
 * come from the search without that filter.
 */
async function countFilters(pagefind: Pagefind, result: PagefindSearch): Promise<FilterCounts> {
  const counts: FilterCounts = { ...result.filters };
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length === 0) continue;
    const without = { ...state, filters: { ...state.filters, [key]: [] } };
    counts[key] = (await pagefind.search(state.q || null, pagefindOptions(without))).filters[key] ?? {};
  }
  return counts;
}

/** The filters with, for each value, the results it would find; values that find none are hidden unless chosen. */
function renderFilters(counts: FilterCounts | undefined): void {
  // Keep keyboard focus on the box the reader just used while the list is rebuilt.
  const focused = document.activeElement instanceof HTMLInputElement && filterBox.contains(document.activeElement)
    ? `input[name="${document.activeElement.name}"][value="${CSS.escape(document.activeElement.value)}"]`
    : undefined;
  filterBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(filterValues[key] ?? {}).sort((a, b) =>
      key === 'jahr' ? b.localeCompare(a) : a.localeCompare(b, 'de'),
    );
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'filter');
    fieldset.append(element('legend', undefined, FILTER_LABELS[key]));
    for (const value of values) {
      // Without a search, the counts of the whole archive.
      const count = (counts ? counts[key]?.[value] : filterValues[key]?.[value]) ?? 0;
      const checked = state.filters[key].includes(value);
      if (count === 0 && !checked) continue;
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = checked;
      label.append(box, ` ${value} `, element('span', 'count', `(${count})`));
      fieldset.append(label);
    }
    if (fieldset.querySelector('input')) filterBox.append(fieldset);
  }
  if (focused) filterBox.querySelector<HTMLInputElement>(focused)?.focus();
}

function renderSuggestions(): void {
  suggestions.replaceChildren();
  const wider = widerSearches(state);
  if (wider.length === 0) {
    suggestions.append(element('p', undefined, 'Versuchen Sie ein anderes Wort oder eine andere Schreibweise.'));
    return;
  }
  suggestions.append(element('p', undefined, 'Versuchen Sie es'));
  const list = element('ul');
  for (const { label, state: next } of wider) {
    const link = element('a', undefined, label);
    link.href = searchUrl(next);
    const item = element('li');
    item.append(link);
    list.append(item);
  }
  suggestions.append(list);
}

/** Runs search number `search` for the current state and renders it, unless a newer one was asked for meanwhile. */
async function run(search: number): Promise<void> {
  history.replaceState(null, '', searchUrl(state));
  const pagefind = await pagefindReady;
  // Without a query, filters and a date sort still list articles: all that match, in that order.
  if (!state.q && !hasFilters(state) && state.sort === 'relevanz') {
    if (search !== latest) return;
    resultList.replaceChildren();
    moreButton.hidden = true;
    suggestions.replaceChildren();
    renderFilters(undefined);
    status.textContent = 'Geben Sie einen Suchbegriff ein.';
    return;
  }
  const result = await pagefind.search(state.q || null, pagefindOptions(state));
  if (search !== latest) return;
  const counts = await countFilters(pagefind, result);
  if (search !== latest) return;
  allResults = result.results;
  shown = [];
  resultList.replaceChildren();
  renderFilters(counts);
  await showMore(search);
  if (search !== latest) return;
  const count = allResults.length;
  const what = state.q ? ` für ${quoted(state.q)}` : ' mit diesen Filtern';
  status.textContent = count === 0 ? `Keine Treffer${what}.` : `${count} Treffer${what}.`;
  if (count === 0) renderSuggestions();
  else suggestions.replaceChildren();
  document.dispatchEvent(new CustomEvent('suche:angezeigt', { detail: { query: state.q, count } }));
}

let searching: Promise<void> | undefined;

/**
 * Asks for a search of the current state. Pagefind searches on the main
 * thread, and in a large archive a word found in thousands of articles takes
 * a noticeable time: keystrokes during a search must not queue a search
 * each. One search runs at a time; when it ends, the latest state is searched
 * once, whatever was typed meanwhile, and the older search renders nothing.
 */
function schedule(): void {
  latest++;
  if (searching) {
    // The index chunks of the latest words load now, while the older search
    // ends; not for a word of one or two letters still being typed, whose
    // chunks cover much of the vocabulary.
    const query = state.q;
    if (/\p{L}{3}$|\s$/u.test(input.value)) void pagefindReady.then((pagefind) => pagefind.preload(query));
    return;
  }
  searching = (async () => {
    let search: number;
    do {
      search = latest;
      await run(search);
    } while (search !== latest);
  })().finally(() => (searching = undefined));
}

function readForm(): QueryState {
  // Until the filters are drawn, the ones from the URL stand.
  if (!filterBox.querySelector('input')) return { ...state, q: input.value.trim(), sort: sortSelect.value as QueryState['sort'] };
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [
      key,
      [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((box) => box.value),
    ]),
  ) as QueryState['filters'];
  return { q: input.value.trim(), filters, sort: sortSelect.value as QueryState['sort'] };
}

input.value = state.q;
sortSelect.value = state.sort;
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void loadFilters();
});
if (hasFilters(state)) {
  filterPanel.open = true;
  void loadFilters();
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = readForm();
  schedule();
});
/**
 * While typing, a single letter is not searched: it matches a large part of
 * the vocabulary, so its index chunks are the heaviest download of all, and
 * its results mean little. Submitting the form searches whatever was typed.
 */
const MIN_TYPED_LENGTH = 2;
input.addEventListener('input', () => {
  state = readForm();
  if (state.q.length > 0 && state.q.length < MIN_TYPED_LENGTH) return;
  schedule();
});
sortSelect.addEventListener('change', () => {
  state = readForm();
  schedule();
});
filterBox.addEventListener('change', () => {
  state = readForm();
  schedule();
});
moreButton.addEventListener('click', () => {
  const firstNew = shown.length;
  void showMore(latest).then(() => resultList.children[firstNew]?.querySelector('a')?.focus());
});
schedule();
