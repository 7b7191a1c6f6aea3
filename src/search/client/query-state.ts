import { searchScript as texts } from '../../i18n/de.ts';
import {
  FILTER_KEYS,
  SEARCH_SORTS,
  searchFields,
  searchParams,
  searchUrl,
  type FilterKey,
  type SearchSort,
} from '../../routes.ts';

/**
 * The state of a search as the URL carries it, so that every search can be
 * bookmarked and shared: /suche/?q=Putin&thema=Nordkorea&jahr=2024&sortierung=neu
 */
export interface QueryState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SearchSort;
}

const DEFAULT_SORT: SearchSort = SEARCH_SORTS[0];

/** The direction of Pagefind's sort by the archive's order, per sort a reader can choose. */
const SORT_DIRECTION: Record<SearchSort, 'asc' | 'desc' | undefined> = { relevanz: undefined, neu: 'desc', alt: 'asc' };

function filtersOf(value: (key: FilterKey) => string[]): Record<FilterKey, string[]> {
  const filters = {} as Record<FilterKey, string[]>;
  for (const key of FILTER_KEYS) filters[key] = value(key);
  return filters;
}

export function readQueryState(params: URLSearchParams): QueryState {
  const sort = params.get(searchParams.sort);
  return {
    q: (params.get(searchParams.query) ?? '').trim(),
    filters: filtersOf((key) => params.getAll(key).filter(Boolean)),
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : DEFAULT_SORT,
  };
}

export function writeQueryState(state: QueryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(searchParams.query, state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== DEFAULT_SORT) params.set(searchParams.sort, state.sort);
  return params;
}

export function hasFilters(state: QueryState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** A query of one character: no word yet, and it would find most of the archive. */
export function isTooShort(state: QueryState): boolean {
  return [...state.q.trim()].length === 1;
}

/**
 * Whether a state asks for anything: without a query, filters and a date
 * sort still list articles; a query of one character asks for nothing yet.
 */
export function asksForResults(state: QueryState): boolean {
  return !isTooShort(state) && (state.q !== '' || hasFilters(state) || state.sort !== DEFAULT_SORT);
}

/** Pagefind's search options for a state: values of one filter are alternatives, filters combine. */
export function pagefindOptions(state: QueryState) {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  const direction = SORT_DIRECTION[state.sort];
  return { filters, ...(direction && { sort: { [searchFields.sort]: direction } }) };
}

/**
 * Ways to widen a search that found nothing: fewer words, no filters, no
 * quotation marks. Each is a full state, ready to become a link.
 */
export function widerSearches(state: QueryState): { label: string; state: QueryState }[] {
  const wider: { label: string; state: QueryState }[] = [];
  if (hasFilters(state)) wider.push({ label: texts.withoutFilters, state: { ...state, filters: filtersOf(() => []) } });
  if (/["„“]/.test(state.q)) {
    const unquoted = state.q.replace(/["„“]/g, '').replace(/\s+/g, ' ').trim();
    wider.push({ label: texts.withoutQuotes(unquoted), state: { ...state, q: unquoted } });
  }
  const words = state.q.replace(/["„“]/g, '').split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    for (let skip = 0; skip < words.length; skip++) {
      const fewer = words.filter((_, index) => index !== skip).join(' ');
      wider.push({ label: fewer, state: { ...state, q: fewer } });
    }
  }
  return wider;
}

/** The search page's URL for a state. */
export function stateUrl(state: QueryState): string {
  return searchUrl(writeQueryState(state));
}
