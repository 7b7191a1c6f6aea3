/**
 * Splits German compounds with a lexicon (src/search/lexicon.ts, from
 * dictionary-de), so that a reader's word finds the compounds it is part of:
 * "Munition" finds "Artilleriemunition", "Programm" "Atomwaffenprogramms",
 * "Industrie" "Verteidigungsindustrie". General rules, no table of compounds:
 * - only nouns (a capital, then lower case) are split, into a head, any
 *   middles and a tail: forms the dictionary marks as beginning, continuing
 *   and ending compounds, or any noun of four letters or more, bare or with a
 *   linking element (-s-, -n-, -en-; igerman98's own heads add -es-, -e-,
 *   -er-: "Staats-", "Verteidigungs-", "Waffen-"); the tail with any
 *   inflection ("-programms", "-sträuße");
 * - of several ways to split, the one with the fewest parts wins
 *   ("Waffen|stillstands", not "Waffen|still|stands"), then the longest tail;
 * - the parts returned are the words a reader may search for, as printed
 *   nouns in their dictionary form: each part that is a free noun ("Waffe";
 *   not the adjective of "Großmacht"), and each run of parts that ends in
 *   one ("Atomwaffenprogramm" -> Atom, Waffe, Atomwaffe, Programm,
 *   Waffenprogramm). The tail must be a free noun: "Machthaber" ("-haber")
 *   and "Maßnahme" ("-nahme") stay whole, and so do tails that are also
 *   suffixes ("Partner|schaft", "Produkt|ion");
 * - a head that is no noun is an adjective of four letters or more that
 *   begins few verbs: shorter heads and verb particles make derivations
 *   ("Ein|satz", "Hin|weis", "Unter|schrift", "Zusammen|arbeit");
 * - a noun that only grades the next part ("Haupt|stadt", "Ober|haupt") is
 *   no part of its own; a short head that is a verb's stem is the verb
 *   ("Tipp|fehler": tippen); a head may drop a noun's final e ("Grenz|region");
 * - a word the dictionary lists whole is split only after a noun head
 *   ("Kreml|chef"): that keeps place names ("Nordkorea", "Russland") and
 *   prefixed words ("Abkommen") whole, which the dictionary lists although
 *   it also has "Nord-" and "-korea".
 * Cost: a few thousand map look-ups per word; the lexicon is loaded once.
 */
import type { Lexicon } from './lexicon.ts';

export type { Lexicon } from './lexicon.ts';
export { loadLexicon } from './lexicon.ts';

const MIN_PART_LENGTH = 3;
const MIN_NON_NOUN_HEAD_LENGTH = 4;

interface Part {
  /** The part as printed in the word, lower case, with its linking element or inflection. */
  form: string;
  /** The free noun it is a form of, or null. */
  noun: string | null;
  /** Whether the dictionary marks it as a part of compounds. */
  marked: boolean;
}

/** The ways to split `word` (lower case) from `start` on, each a list of parts; the first part must be a head when `start` is 0. */
function splits(word: string, lexicon: Lexicon, start: number, memo: Map<number, Part[][]>): Part[][] {
  const known = memo.get(start);
  if (known) return known;
  const found: Part[][] = [];
  const rest = word.slice(start);
  const tail = lexicon.tails.get(rest);
  if (start > 0 && rest.length >= MIN_PART_LENGTH && tail !== undefined)
    found.push([{ form: rest, noun: tail, marked: true }]);
  const inner = start === 0 ? lexicon.heads : lexicon.middles;
  for (let end = start + MIN_PART_LENGTH; end <= word.length - MIN_PART_LENGTH; end++) {
    const form = word.slice(start, end);
    const innerPart = inner.get(form);
    if (innerPart === undefined) continue;
    if (innerPart.noun === null && form.length < MIN_NON_NOUN_HEAD_LENGTH) continue;
    for (const after of splits(word, lexicon, end, memo))
      found.push([{ form, noun: innerPart.noun, marked: innerPart.marked }, ...after]);
  }
  memo.set(start, found);
  return found;
}

/** The best way to split a lower-case word: the fewest parts, then the longest tail. */
function bestSplit(lower: string, lexicon: Lexicon): Part[] | undefined {
  const candidates = splits(lower, lexicon, 0, new Map());
  candidates.sort((a, b) => a.length - b.length || b.at(-1)!.form.length - a.at(-1)!.form.length);
  return candidates[0];
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether a noun, in any form ("Häupter"), is one that only grades the next part. */
function isGrading(noun: string, lexicon: Lexicon): boolean {
  const plain = noun
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
  return (
    lexicon.grading.has(plain) ||
    CASE_ENDINGS.some((ending) => plain.endsWith(ending) && lexicon.grading.has(plain.slice(0, -ending.length)))
  );
}

// Plural and case endings of a grading noun's forms ("Häupter").
const CASE_ENDINGS = ['n', 'en', 's', 'es', 'e', 'er', 'ern'];

/**
 * A noun in its base form where the lexicon lists a dative plural of a noun
 * in -el or -er as an entry of its own: "Mitteln" -> "Mittel".
 */
function baseNoun(noun: string, lexicon: Lexicon): string {
  const base = noun.toLowerCase().replace(/(el|er)n$/, '$1');
  return base !== noun.toLowerCase() && lexicon.nouns.get(base)?.toLowerCase() === base ? capitalised(base) : noun;
}

/**
 * The parts of a compound a reader may search for, as printed nouns, heads
 * before tails; empty for a word that is no compound, or no noun.
 */
export function compoundParts(word: string, lexicon: Lexicon): string[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const lower = word.toLowerCase();
  const split = bestSplit(lower, lexicon);
  if (!split || split.length < 2) return [];
  if ((lexicon.nouns.has(lower) || lexicon.tails.has(lower)) && split[0]!.noun === null) return [];

  const parts: string[] = [];
  const add = (part: string) => {
    if (part.toLowerCase() !== lower && !parts.includes(part)) parts.push(part);
  };
  split.forEach((part, index) => {
    if (part.noun === null) return;
    const noun = baseNoun(part.noun, lexicon);
    if (!isGrading(noun, lexicon)) add(noun);
    // A part the dictionary lists is split again only where igerman98 marks the
    // head ("Waffen|stillstand"), never by a guessed one ("Karos|serie").
    const inner = bestSplit(part.noun.toLowerCase(), lexicon);
    if (inner && inner.length > 1 && inner[0]!.marked)
      for (const innerPart of compoundParts(part.noun, lexicon)) add(innerPart);
    // Runs of parts that end here and are nouns: "Atom|waffen" -> "Atomwaffe".
    for (let first = index - 1; first >= 0; first--) {
      if (first === 0 && index === split.length - 1) break;
      const head = split
        .slice(first, index)
        .map((before) => before.form)
        .join('');
      const run = capitalised(head + noun.toLowerCase());
      if (first === 0 || lexicon.heads.has(split[first]!.form)) add(run);
    }
  });
  return parts;
}

/**
 * `compoundParts` with the lexicon bound and each word split once: an
 * archive repeats its words, and at 10,000 articles splitting every
 * occurrence again took most of a minute.
 */
export function compoundSplitter(lexicon: Lexicon): (word: string) => readonly string[] {
  const split = new Map<string, readonly string[]>();
  return (word) => {
    // Most words of a text start with a small letter or a digit, and only a capitalised word is a compound
    // (compoundParts): answered without a lookup, which for every word of 10,000 articles took 1.6 s.
    if (startsSmall(word.charCodeAt(0))) return NO_PARTS;
    let parts = split.get(word);
    if (!parts) split.set(word, (parts = compoundParts(word, lexicon)));
    return parts;
  };
}

const NO_PARTS: readonly string[] = Object.freeze([]);

/** a-z, 0-9, ä, ö, ü, ß: a word that starts with one is never `\p{Lu}\p{Ll}+`. */
const startsSmall = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  code === 0xe4 ||
  code === 0xf6 ||
  code === 0xfc ||
  code === 0xdf;
