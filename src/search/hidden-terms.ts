import { compoundParts, type Lexicon } from './decompound.ts';
import { otherSpellings, type SpellingGroup } from './spelling-variants.ts';
import { spelledWithoutUmlauts } from './umlauts.ts';
import { wordsOf } from './words.ts';

/** What the whole archive contributes to each article's hidden search terms, built once per build. */
export interface SearchVocabulary {
  /** The German lexicon compounds are split with (loaded once per build). */
  lexicon: Lexicon;
  /** Spellings of names: the tag vocabulary's aliases and the reviewed variants list. */
  spellingGroups: readonly SpellingGroup[];
}

/**
 * Words an article should be found by although it does not print them:
 * other spellings of the names it uses, the parts of its compounds, and all
 * of these and its own words spelled without umlauts. They go into a hidden,
 * low-weighted search field, never into the text readers see or excerpts.
 */
export function hiddenSearchTerms(text: string, vocabulary: SearchVocabulary): string[] {
  const printed = new Set(wordsOf(text));
  const terms = new Set<string>();
  for (const spelling of otherSpellings(text, vocabulary.spellingGroups)) terms.add(spelling);
  for (const word of printed) for (const part of compoundParts(word, vocabulary.lexicon)) terms.add(part);
  for (const word of [...printed, ...[...terms].flatMap(wordsOf)]) {
    const typed = spelledWithoutUmlauts(word);
    if (typed !== undefined) terms.add(typed);
  }
  return [...terms].filter((term) => !printed.has(term)).sort();
}
