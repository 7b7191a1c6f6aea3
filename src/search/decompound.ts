/**
 * Splits German compounds so that a search for the tail finds the compound:
 * "Munition" finds "Artilleriemunition", "Lieferungen" finds
 * "Waffenlieferungen". General rules, no table of compounds:
 * - only nouns are split, and only into nouns: the compound and its tail are
 *   capitalised words, and the tail occurs as a word of its own in the archive
 *   ("Abkommen" is never split into "kommen", a verb);
 * - the tail has at least four letters and the head at least three, so
 *   "Munition" yields no "Ion";
 * - the tail may carry an inflection the archive's noun lacks
 *   ("Atomwaffenprogramms" -> "Waffenprogramm");
 * - a linking element between the words (-s-, -es-, -n-) stays with the
 *   head, since every split point is tried: "Verteidigungsindustrie" ->
 *   "Industrie" (never "sindustrie").
 */
export const MIN_TAIL_LENGTH = 4;
/** Case and plural endings a compound's tail may add to a noun. */
const INFLECTIONS = ['', 's', 'es', 'e', 'n', 'en', 'er', 'ern', 'ns'];
export const MIN_HEAD_LENGTH = 3;

/** The nouns of a text: capitalised words, keyed in lower case. */
export function collectNouns(words: Iterable<string>, into = new Map<string, string>()): Map<string, string> {
  for (const word of words) {
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.length >= MIN_TAIL_LENGTH && !into.has(word.toLowerCase())) {
      into.set(word.toLowerCase(), word);
    }
  }
  return into;
}

/**
 * The tails of a compound that are nouns of the archive, longest first:
 * "Atomwaffenprogramm" -> ["Waffenprogramm"] when the archive has the word
 * "Waffenprogramm".
 */
export function compoundTails(word: string, nouns: ReadonlyMap<string, string>): string[] {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return [];
  const lower = word.toLowerCase();
  const tails: string[] = [];
  for (let start = MIN_HEAD_LENGTH; start <= lower.length - MIN_TAIL_LENGTH; start++) {
    const rest = lower.slice(start);
    const noun = INFLECTIONS.filter((ending) => rest.endsWith(ending) && rest.length - ending.length >= MIN_TAIL_LENGTH)
      .map((ending) => nouns.get(rest.slice(0, rest.length - ending.length)))
      .find((found) => found !== undefined);
    if (noun !== undefined && !tails.includes(noun)) tails.push(noun);
  }
  return tails;
}
