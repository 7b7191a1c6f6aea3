/**
 * Results the search page shows at first: a screenful. Each result is one
 * request (its Pagefind fragment) and the first results are shown together,
 * so every one more delays them all; at 10,000 articles ten took about a
 * third longer than five (docs/benchmarks.md). Pagefind's own UI shows five.
 */
export const FIRST_RESULTS = 5;
/** Results each "Weitere Treffer laden" adds: the reader asked for more, so more at once. */
export const MORE_RESULTS = 10;
