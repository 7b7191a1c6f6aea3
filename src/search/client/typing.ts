/**
 * What typing into the search field sets off. Submitting the form searches
 * whatever was typed; these rules are for the keystrokes before that.
 */

/**
 * While typing, a single letter is not searched: it matches a large part of
 * the vocabulary, so its index chunks are the heaviest download of all, and
 * its results mean little.
 */
const MIN_TYPED_LENGTH = 2;

/** Whether a query typed so far (trimmed) is searched as it stands. */
export function searchesAsTyped(query: string): boolean {
  return query.length === 0 || query.length >= MIN_TYPED_LENGTH;
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
