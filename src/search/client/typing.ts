/**
 * What typing into the search field sets off. Submitting the form searches
 * whatever was typed; these rules are for the keystrokes before that.
 */

/**
 * When a query, as it stands in the field while the reader types, is searched:
 * - `now`: the field was emptied, a word was finished (a space after it), or
 *   the word being typed has three letters or more;
 * - `pause`: the word being typed is shorter: a prefix of one or two letters
 *   matches a large part of the vocabulary, so its index chunks are a heavy
 *   download and its search the slowest of all, for results that mean
 *   little while more letters follow. It is searched once the reader stops
 *   typing ("EU", "Kim J"), not at every keystroke of a longer word;
 * - `never`: a single letter alone, never searched (query-state.ts,
 *   isTooShort): the page says it needs one more.
 */
export type SearchMoment = 'now' | 'pause' | 'never';

/** How long the reader has stopped typing before a short word is searched (Pagefind's own UI waits 300 ms for every word). */
export const TYPING_PAUSE_MS = 300;

export function whenSearched(typed: string): SearchMoment {
  const query = typed.trim();
  if (!query || /\s$/.test(typed)) return 'now';
  // Letters counted as characters, not UTF-16 units.
  if ([...query].length === 1) return 'never';
  return [...query.slice(query.search(/\S+$/))].length >= 3 ? 'now' : 'pause';
}

/**
 * Whether to load the index chunks of what is typed while an older search
 * ends: after a word of three letters or more, or a finished word; not for a
 * word of one or two letters still being typed, whose chunks cover much of
 * the vocabulary.
 */
export function preloadsAsTyped(typed: string): boolean {
  return /\p{L}{3}$|\s$/u.test(typed);
}
