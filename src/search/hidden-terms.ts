import type { HiddenTerm } from './index-fields.ts';
import { otherSpellings, type SpellingGroup } from './spelling-variants.ts';
import { wordsOf } from './words.ts';

/** What the whole archive contributes to each article's hidden search terms, built once per build. */
export interface SearchVocabulary {
  /** The parts of a compound (src/search/decompound.ts's `compoundSplitter`, one per build). */
  partsOf: (word: string) => readonly string[];
  /** Spellings of names: the aliases of person, country, place and organisation tags and the reviewed variants list. */
  spellingGroups: readonly SpellingGroup[];
}

/**
 * Words an article should be found by although it does not print them,
 * each with the printed word it stands for: other spellings of the names
 * it uses and the parts of its compounds. They go into a hidden,
 * low-weighted search field, never into the text readers see or excerpts.
 * Umlauts typed as ae, oe, ue and ß as ss need none: Pagefind's German
 * stemmer (Snowball 3) takes them for the letters. One entry per term and
 * printed word, sorted by term.
 */
export function hiddenSearchTerms(text: string, vocabulary: SearchVocabulary): HiddenTerm[] {
  const words = wordsOf(text);
  const printed = new Set(words);
  const found = new Map<string, HiddenTerm>();
  const add = (term: string, printedAs: string, kind: HiddenTerm['kind']) => {
    if (printed.has(term) || term === printedAs || found.has(`${term}\n${printedAs}`)) return;
    found.set(`${term}\n${printedAs}`, { term, printed: printedAs, kind });
  };
  for (const { spelling, printed: printedAs } of otherSpellings(text, vocabulary.spellingGroups, words))
    add(spelling, printedAs, 'name');
  for (const word of printed) for (const part of vocabulary.partsOf(word)) add(part, word, 'part');
  return [...found.values()].sort((a, b) =>
    a.term < b.term ? -1 : a.term > b.term ? 1 : a.printed < b.printed ? -1 : 1,
  );
}
