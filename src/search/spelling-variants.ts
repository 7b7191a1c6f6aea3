import { wordsOf } from './words.ts';

/**
 * Spellings of one name ("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un"). An
 * article that uses any of them is found by all of them.
 */
export type SpellingGroup = readonly string[];

/**
 * A name reduced to its words: "Kim Jong-Un" -> "Kim Jong Un". Case counts,
 * so the "Un" of "Kim Jong Un" is never the abbreviation "UN".
 */
function key(spelling: string): string {
  return wordsOf(spelling).join(' ');
}

/**
 * The spellings an article should also be found by: every spelling of each
 * name the text contains (in any of its spellings), except those printed in
 * the text exactly as they are.
 */
export function otherSpellings(text: string, groups: readonly SpellingGroup[]): string[] {
  const normalised = ` ${wordsOf(text).join(' ')} `;
  const found = new Set<string>();
  for (const group of groups) {
    if (!group.some((spelling) => normalised.includes(` ${key(spelling)} `))) continue;
    for (const spelling of group) if (!text.includes(spelling)) found.add(spelling);
  }
  return [...found];
}
