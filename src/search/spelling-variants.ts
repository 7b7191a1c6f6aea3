import { wordsOf } from './words.ts';

/**
 * Spellings of one name ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"). An
 * article that uses any of them is found by all of them.
 */
export type SpellingGroup = readonly string[];

/**
 * Each spelling's key padded with spaces, and its first word, computed once
 * per group: the groups are the same for every article. A text contains a
 * key only if it has the key's first word, which a set of its words answers
 * without reading the text (at 10,000 articles the search through each
 * text for every spelling took 1.7 s of the build).
 */
interface SpellingKey {
  padded: string;
  first: string | undefined;
}
const groupKeys = new WeakMap<SpellingGroup, SpellingKey[]>();
function keysOf(group: SpellingGroup): SpellingKey[] {
  let keys = groupKeys.get(group);
  if (!keys)
    groupKeys.set(
      group,
      (keys = group.map((spelling) => {
        // A name reduced to its words: "Kim Jong-Un" -> "Kim Jong Un". Case counts, so the "Un" of "Kim Jong Un" is
        // never the abbreviation "UN".
        const words = wordsOf(spelling);
        return { padded: ` ${words.join(' ')} `, first: words[0] };
      })),
    );
  return keys;
}

/** A spelling as search compares it: without case and accents ("Pjöngjang" ~ "pjongjang"). */
function folded(spelling: string): string {
  return spelling
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A spelling an article is also found by, and the spelling of the same name that it prints. */
export interface OtherSpelling {
  spelling: string;
  printed: string;
}

/** Which printed spelling a spelling stands for: one the text prints as such, of as many words if there is one ("Nebenzia" -> "Nebensja"). */
function printedFor(spelling: string, printed: readonly string[], text: string): string {
  const literal = printed.filter((name) => text.includes(name));
  const words = wordsOf(spelling).length;
  return literal.find((name) => wordsOf(name).length === words) ?? literal[0] ?? printed[0]!;
}

/**
 * The spellings an article should also be found by: every spelling of each
 * name the text contains (in any of its spellings), except those the text
 * prints, also up to case and accents: search finds those without help, and
 * adding them would let the article tie with one that prints the spelling.
 * `words` are the text's words (wordsOf), for a caller that has them already.
 */
export function otherSpellings(
  text: string,
  groups: readonly SpellingGroup[],
  words: readonly string[] = wordsOf(text),
): OtherSpelling[] {
  const present = new Set(words);
  const normalised = ` ${words.join(' ')} `;
  const contains = ({ padded, first }: SpellingKey) =>
    (first === undefined || present.has(first)) && normalised.includes(padded);
  const found: OtherSpelling[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const keys = keysOf(group);
    const printed = group.filter((_, index) => contains(keys[index]!));
    if (printed.length === 0) continue;
    // One spelling per form that search tells apart: "Pjöngjang" and "Pjongjang" are one.
    const covered = new Set(printed.filter((spelling) => text.includes(spelling)).map(folded));
    for (const spelling of group) {
      if (text.includes(spelling) || covered.has(folded(spelling))) continue;
      covered.add(folded(spelling));
      if (seen.has(spelling)) continue;
      seen.add(spelling);
      found.push({ spelling, printed: printedFor(spelling, printed, text) });
    }
  }
  return found;
}
