import { FILTER_KEYS, type SearchSort } from '../../routes.ts';
import type { QueryState } from './query-state.ts';

/** The search form's fields. */
export interface SearchForm {
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** Where the filters' checkboxes are drawn. */
  filters: HTMLElement;
}

/** Shows a state in the form (the filters are drawn with the results). */
export function fillForm(form: SearchForm, state: QueryState): void {
  form.input.value = state.q;
  form.sort.value = state.sort;
}

/** The state the form asks for; `current` gives the filters until they are drawn (those of the URL). */
export function readForm(form: SearchForm, current: QueryState): QueryState {
  const q = form.input.value.trim();
  // Its options are SEARCH_SORTS (suche.astro).
  const sort = form.sort.value as SearchSort;
  if (!form.filters.querySelector('input')) return { ...current, q, sort };
  const filters = {} as QueryState['filters'];
  for (const key of FILTER_KEYS) {
    filters[key] = [...form.filters.querySelectorAll<HTMLInputElement>('input:checked')]
      .filter((box) => box.name === key)
      .map((box) => box.value);
  }
  return { q, filters, sort };
}
