import { searchScript as texts } from '../../i18n/de.ts';
import { FILTER_KEYS, searchFields, searchParams, type FilterKey } from '../../routes.ts';
import { readUnsearchable } from '../index-fields.ts';
import { excerptAround, excerptNodes } from './excerpt.ts';
import type { Match } from './matching.ts';
import type { FilterCounts, PagefindResultData } from './pagefind.ts';
import { yearRange, type SearchShard } from '../shard-plan.ts';
import { stateUrl, widerSearches, type QueryState } from './query-state.ts';

/**
 * What the search page draws: results, filters, suggestions. Each function
 * gets the elements and data it draws from and keeps nothing between calls.
 */

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A result: title, line, excerpt, tags, and, for each query word the
 * article does not print, the word it was found by ("als Teil von
 * »Artilleriemunition«"), marked in the excerpt and, through the link, on
 * the article page, with every printed word the query found there.
 */
export function renderResult(data: PagefindResultData, document: Document, match?: Match, query = ''): HTMLLIElement {
  // No match for a phrase: Pagefind's exact search marks it already.
  const { meta, filters } = searchFields;
  const why = match?.why ?? [];
  const item = element(document, 'li', 'result');
  const heading = element(document, 'h2', 'result__title');
  const link = element(document, 'a', undefined, data.meta[meta.title] ?? data.url);
  // The article page marks the reader's words (Pagefind would name the stems it was asked) and the words found for them.
  const url = new URL(data.url, document.baseURI);
  url.searchParams.delete(searchParams.highlight);
  const marked = [
    ...query.replace(/["„“”]/g, '').split(/\s+/),
    ...why.map(({ printed }) => printed),
    ...(match?.printed ?? []),
  ];
  for (const word of new Set(marked.filter(Boolean))) url.searchParams.append(searchParams.highlight, word);
  link.href = url.pathname + url.search;
  heading.append(link);
  const line = data.meta[meta.line];
  const excerpt = element(document, 'p', 'result__excerpt');
  // Pagefind's marks, less the words the query does not find; without one left, the first word it found;
  // failing that (the page's stemmer and Pagefind's differ on a few words: "System"), Pagefind's marks.
  let nodes = excerptNodes(data.excerpt, document, match?.finds);
  const around = why[0]?.printed ?? match?.printed[0];
  if (!nodes.some((node) => node.nodeName === 'MARK'))
    nodes = around ? excerptAround(data.content, around, document) : excerptNodes(data.excerpt, document);
  excerpt.append(...nodes);
  item.append(heading, element(document, 'p', 'meta', line ? readUnsearchable(line) : ''), excerpt);
  for (const { word, kind, printed } of why)
    item.append(element(document, 'p', 'result__why', texts.why[kind](word, printed)));
  const topics = data.filters[filters.topic] ?? [];
  if (topics.length > 0) {
    const tags = element(document, 'ul', 'tag-list tag-list--plain');
    tags.setAttribute('aria-label', texts.resultTags);
    for (const label of topics) tags.append(element(document, 'li', undefined, label));
    item.append(tags);
  }
  return item;
}

const FILTER_LABELS = Object.fromEntries(
  Object.entries(searchFields.filters).map(([name, key]) => [
    key,
    texts.filterLabels[name as keyof typeof searchFields.filters],
  ]),
) as Record<FilterKey, string>;

function filterOrder(key: FilterKey): (a: string, b: string) => number {
  // Years newest first; names in German alphabetical order.
  return key === searchFields.filters.year ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b, 'de');
}

/**
 * Draws the filters into `box`: every value the archive has (`values`), with
 * what it would find (`counts`; without a search, the archive's own
 * counts). A value that finds nothing is left out unless it is chosen.
 */
export function renderFilters(
  box: HTMLElement,
  values: FilterCounts,
  counts: FilterCounts | undefined,
  chosen: QueryState['filters'],
): void {
  const document = box.ownerDocument;
  // Keep keyboard focus on the box the reader just used while the list is rebuilt.
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && box.contains(active) ? active : undefined;
  box.replaceChildren();
  for (const key of FILTER_KEYS) {
    const sorted = Object.keys(values[key] ?? {}).sort(filterOrder(key));
    if (sorted.length === 0) continue;
    const fieldset = element(document, 'fieldset', 'filter');
    fieldset.append(element(document, 'legend', undefined, FILTER_LABELS[key]));
    for (const value of sorted) {
      const count = (counts ? counts[key]?.[value] : values[key]?.[value]) ?? 0;
      const checked = chosen[key].includes(value);
      if (count === 0 && !checked) continue;
      const label = element(document, 'label');
      const input = element(document, 'input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.checked = checked;
      label.append(input, ` ${value} `, element(document, 'span', 'count', texts.filterCount(count)));
      fieldset.append(label);
    }
    if (fieldset.querySelector('input')) box.append(fieldset);
  }
  if (focused) {
    [...box.querySelectorAll('input')]
      .find((input) => input.name === focused.name && input.value === focused.value)
      ?.focus();
  }
}

/** Ways to widen a search that found nothing, as links; or a hint when there are none. */
export function renderSuggestions(container: HTMLElement, state: QueryState): void {
  const document = container.ownerDocument;
  container.replaceChildren();
  const wider = widerSearches(state);
  if (wider.length === 0) {
    container.append(element(document, 'p', undefined, texts.noResultsHint));
    return;
  }
  container.append(element(document, 'p', undefined, texts.widerSearches));
  const list = element(document, 'ul');
  for (const { label, state: next } of wider) {
    const link = element(document, 'a', undefined, label);
    link.href = stateUrl(next);
    const item = element(document, 'li');
    item.append(link);
    list.append(item);
  }
  container.append(list);
}

/** The status line after a search that found `count` articles. */
export function statusText(state: QueryState, count: number): string {
  return texts.resultCount(count, state.q);
}

/**
 * Which years the results of a search over the shards `scope` (places in
 * `shards`) come from, and which years are not searched yet; undefined for
 * an index of one shard, which covers the archive.
 */
export function coverageText(shards: readonly SearchShard[], scope: readonly number[]): string | undefined {
  const searched = yearRange(scope.map((place) => shards[place]!));
  if (shards.length <= 1 || !searched) return undefined;
  const unsearched = yearRange(shards.filter((_, place) => !scope.includes(place)));
  return texts.coverage(
    texts.years(searched.from, searched.to),
    unsearched && texts.years(unsearched.from, unsearched.to),
  );
}
