/**
 * Splits German compounds so that a search for the tail finds the compound:
 * "Munition" finds "Artilleriemunition", "Lieferungen" finds
 * "Waffenlieferungen". General rules, no table of compounds:
 * - only nouns are split, and only into nouns: the compound and its tail are
 *   capitalised words, and the tail occurs as a word of its own in the archive
 *   ("Abkommen" is never split into "kommen", a verb);
 * - the tail has at least four letters and the head at least four, so
 *   "Munition" yields no "Ion" and "Einsatz" no "Satz";
 * - the tail may carry an inflection the archive's noun lacks
 *   ("Atomwaffenprogramms" -> "Waffenprogramm");
 * - a linking element between the words (-s-, -es-, -n-) stays with the
 *   head, since every split point is tried: "Verteidigungsindustrie" ->
 *   "Industrie" (never "sindustrie").
 */
export const MIN_TAIL_LENGTH = 4;
/** Case and plural endings a compound's tail may add to a noun. */
const INFLECTIONS = ['', 's', 'es', 'e', 'n', 'en', 'er', 'ern', 'ns'];
// Four, not three: three-letter heads are mostly prefixes ("Ein|satz",
// "Zer|fall", "Hin|weise", "Kon|text"), not words.
export const MIN_HEAD_LENGTH = 4;

/** The nouns of a list of words: capitalised words, keyed in lower case. */
export function collectNouns(words: Iterable<string>, into = new Map<string, string>()): Map<string, string> {
  for (const word of words) {
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.length >= MIN_TAIL_LENGTH && !into.has(word.toLowerCase())) {
      into.set(word.toLowerCase(), word);
    }
  }
  return into;
}

/**
 * The nouns of a running text: words capitalised inside a sentence. A word
 * capitalised only at the start of a sentence or a line ("Aber", "Für") is
 * no noun; of a hyphenated word only the last part counts ("Kim-Il-Sung-Platz"
 * gives "Platz", not "Sung").
 */
export function nounsOfText(text: string, into = new Map<string, string>()): Map<string, string> {
  for (const line of text.split('\n')) {
    const tokens = line.split(/\s+/).filter(Boolean);
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      if (previous === undefined || /[.!?:#>"“]$/.test(previous)) return;
      const last = token.split('-').at(-1)!.match(/[\p{L}\p{N}]+/u)?.[0];
      if (last) collectNouns([last], into);
    });
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
