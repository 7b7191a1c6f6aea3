/**
 * The state of a search as the URL carries it, so that every search can be
 * bookmarked and shared: /suche/?q=Putin&thema=Nordkorea&jahr=2024&sortierung=neu
 */
export const SORTS = ['relevanz', 'neu', 'alt'] as const;
export type Sort = (typeof SORTS)[number];

export const FILTER_KEYS = ['thema', 'quelle', 'jahr'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface QueryState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: Sort;
}

export function readQueryState(params: URLSearchParams): QueryState {
  const sort = params.get('sortierung');
  return {
    q: (params.get('q') ?? '').trim(),
    filters: {
      thema: params.getAll('thema').filter(Boolean),
      quelle: params.getAll('quelle').filter(Boolean),
      jahr: params.getAll('jahr').filter(Boolean),
    },
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevanz',
  };
}

export function writeQueryState(state: QueryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevanz') params.set('sortierung', state.sort);
  return params;
}

export function hasFilters(state: QueryState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's search options for a state: values of one filter are alternatives, filters combine. */
export function pagefindOptions(state: QueryState) {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  const sort = state.sort === 'neu' ? { datum: 'desc' } : state.sort === 'alt' ? { datum: 'asc' } : undefined;
  return { filters, ...(sort && { sort }) };
}

/**
 * Ways to widen a search that found nothing: fewer words, no filters, no
 * quotation marks. Each is a full state, ready to become a link.
 */
export function widerSearches(state: QueryState): { label: string; state: QueryState }[] {
  const wider: { label: string; state: QueryState }[] = [];
  const noFilters = { thema: [], quelle: [], jahr: [] };
  if (hasFilters(state)) wider.push({ label: 'ohne Filter', state: { ...state, filters: noFilters } });
  if (/["„“]/.test(state.q)) {
    const unquoted = state.q.replace(/["„“]/g, '').replace(/\s+/g, ' ').trim();
    wider.push({ label: `ohne Anführungszeichen: ${unquoted}`, state: { ...state, q: unquoted } });
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
