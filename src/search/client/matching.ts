import { stemmer } from '@orama/stemmers/german';
import { readNamePairs } from '../index-fields.ts';
import { wordsOf } from '../words.ts';

/**
 * Which articles a query finds, by the rule readers expect, and why each
 * matched. Pagefind stems every query word and then takes every word of the
 * index that begins with the stem; a word it does not know at all it
 * replaces by the longest known word that begins it (Pagefind issues #599,
 * #780, #1246), so "Angela" finds "an" and "Indien" (stem "indi") finds
 * "indirekt". Here:
 * - a finished word finds only words of its own stem, in the text or among
 *   the article's hidden terms (other spellings, compound parts): Pagefind's
 *   exact search of that one word;
 * - the word being typed finds the words it begins, as Pagefind's own search
 *   does when the word is its own stem; when the typed letters end in what
 *   the stemmer strips ("Indie" -> "indi"), its stem only, exactly;
 * - a word Pagefind replaced by a shorter one finds nothing.
 * The ranking stays Pagefind's: its results, less those the rule refuses.
 */

/**
 * A word as Pagefind compares it: lower case, "ae", "oe", "ue" (not after q)
 * taken for umlauts as Snowball 3's German stemmer takes them, without
 * diacritics: "Pjoengjang" and "Pjöngjang" are one.
 */
export function folded(word: string): string {
  return word
    .toLowerCase()
    .replace(/ae|oe|(?<!q)ue/g, (pair) => `${pair[0]}\u0308`)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/**
 * A word's stem, by Snowball's German stemmer (@orama/stemmers). Pagefind
 * stems with Snowball 3, which differs on a few words (about 2 %: "-tet",
 * "System"): the page uses these stems only to tell how a word matched and
 * whether the stemmer shortens a typed word; Pagefind stems the query itself.
 */
export function stemOf(word: string): string {
  return stemmer(folded(word));
}

export interface QueryWord {
  /** The word as the reader wrote it, for saying why a result matched. */
  asTyped: string;
  /** The word as Pagefind searches it: punctuation dropped, folded. */
  text: string;
  stem: string;
  /** The word the reader is still typing: it finds the words it begins. */
  typed: boolean;
}

/** Whether a word finds only the words of its stem (Pagefind's exact search), not those it begins. */
export function findsExactly(word: QueryWord): boolean {
  return !word.typed || word.stem !== word.text;
}

/** Whether a query is a phrase in quotation marks, which Pagefind searches exactly. */
function isPhrase(query: string): boolean {
  return /^\s*["„“].+["“”]\s*$/u.test(query);
}

/**
 * The words of a query as Pagefind splits them (punctuation dropped,
 * folded), the last one marked as typed while the reader types it.
 * Undefined for a quoted phrase: Pagefind searches that exactly already.
 */
export function queryWords(query: string, typing: boolean): QueryWord[] | undefined {
  if (isPhrase(query)) return undefined;
  const words = query
    .split(/\s+/)
    .map((asTyped) => ({ asTyped, text: folded(asTyped.replace(/\p{P}/gu, '')) }))
    .filter(({ text }) => text);
  return words.map((word, index) => ({
    ...word,
    stem: stemmer(word.text),
    typed: typing && index === words.length - 1,
  }));
}

/** Pagefind's query for the articles that have a word of the stem of `word` (its exact search, which stems it). */
export function exactQuery(word: QueryWord): string {
  return `"${word.text}"`;
}

/** What Pagefind's fragment of a result gives to tell how it matched (fields of src/search/index-fields.ts). */
export interface MatchedText {
  content: string;
  /**
   * Where Pagefind found the query's words in `content`: the numbers of its
   * whitespace-separated words, every place that prints a word that begins
   * with a query word's stem (so also "und" for "UN": printedMatches).
   */
  locations?: readonly number[] | undefined;
  /** The hidden terms, space-separated. */
  terms: string | undefined;
  /** The printed spellings of the names among them, unsearchable. */
  names: string | undefined;
}

/** The words of a text as Pagefind indexes them: each part of "Jong-un", and the joined "Jongun". */
function indexedWords(text: string): Set<string> {
  const words = new Set(wordsOf(text));
  for (const token of text.split(/\s+/)) if (/\p{P}/u.test(token)) words.add(token.replace(/\p{P}/gu, ''));
  return words;
}

/**
 * Whether a folded word may have the stem `stem`: Snowball's German stemmer
 * only strips endings (after taking "ß" for "ss"), so a word's stem begins
 * it. Stemming is the slow part of telling why a result matched: only the
 * few words that pass this are stemmed.
 */
export function mayHaveStem(foldedWord: string, stem: string): boolean {
  return foldedWord.replace(/ß/g, 'ss').startsWith(stem);
}

/** Whether a word of an article, folded, is one the query word finds. */
function matches(word: QueryWord, foldedCandidate: string): boolean {
  if (word.typed && !findsExactly(word)) return foldedCandidate.startsWith(word.text);
  return mayHaveStem(foldedCandidate, word.stem) && stemmer(foldedCandidate) === word.stem;
}

/**
 * Whether a result of Pagefind's search has a word that the typed word
 * begins: when Pagefind knew no such word, it searched a shorter one
 * instead, for every result alike, so one result tells.
 */
export function beginsAWord(word: QueryWord, result: MatchedText): boolean {
  return [result.content, result.terms ?? ''].some((text) =>
    [...indexedWords(text)].some((candidate) => folded(candidate).startsWith(word.text)),
  );
}

/** Whether a word as printed ("UN-Sicherheitsrates,") has a part that a query word finds. */
export function findsPrinted(words: readonly QueryWord[], printed: string): boolean {
  return [...indexedWords(printed)].some((part) => words.some((word) => matches(word, folded(part))));
}

/** How a query word matched an article that does not print it. */
export interface Why {
  word: string;
  kind: 'part' | 'spelling';
  /** The article's word it matched through. */
  printed: string;
}

/** A text's words as indexedWords gives them, each with its folded form. */
interface Words {
  words: string[];
  folded: string[];
}

function foldedWords(text: string): Words {
  const words = [...indexedWords(text)];
  return { words, folded: words.map(folded) };
}

/**
 * The printed word a hidden term stands for: a name's spelling from the
 * pairs, or the compound the term is a part of, looked for among `places`,
 * the likeliest words first.
 */
function printedFor(
  term: string,
  places: readonly (() => Words)[],
  names: ReadonlyMap<string, string>,
): Omit<Why, 'word'> | undefined {
  const name = names.get(term);
  if (name !== undefined) return { kind: 'spelling', printed: name };
  const part = folded(term);
  for (const place of places) {
    const printed = place();
    const compound = printed.words.find(
      (word, index) => word.length > term.length && printed.folded[index]!.includes(part),
    );
    if (compound !== undefined) return { kind: 'part', printed: compound };
  }
  return undefined;
}

/** The words of `content` at Pagefind's locations, as foldedWords gives them. */
function foldedWordsAt(content: string, locations: readonly number[]): Words {
  const tokens = content.split(/\s+/).filter(Boolean);
  return foldedWords([...new Set(locations)].map((location) => tokens[location] ?? '').join(' '));
}

/**
 * The words printed at Pagefind's locations that the query's words find:
 * the locations also hold every longer word that merely begins with a stem
 * ("und" for "UN", "Autokraten" for "Auto"), which are neither marked in the
 * excerpt nor on the article page.
 */
export function printedMatches(words: readonly QueryWord[], result: MatchedText): string[] {
  return foldedWordsAt(result.content, result.locations ?? []).words.filter((word) => findsPrinted(words, word));
}

/**
 * For each query word the article does not print (up to stem), the printed
 * word it was found by. Drawn with every result shown, on a page whose
 * scripts have only just started (cold, reading every word of five articles
 * took 15-30 ms), so it reads as little as it can: with Pagefind's
 * locations, which are every place where the text prints a word that begins
 * with a query word's stem, only the words there; the whole text only for a compound that is
 * not among them, or for a result without locations.
 */
export function whyMatched(words: readonly QueryWord[], result: MatchedText): Why[] {
  let all: Words | undefined;
  const everyWord = () => (all ??= foldedWords(result.content));
  const located = result.locations && foldedWordsAt(result.content, result.locations);
  const unprinted = words.filter(
    (word) => !(located ?? everyWord()).folded.some((candidate) => matches(word, candidate)),
  );
  if (unprinted.length === 0) return [];
  const places = located ? [() => located, everyWord] : [everyWord];
  const names = new Map(readNamePairs(result.names).map(({ term, printed: name }) => [term, name]));
  const terms = [...names.keys(), ...(result.terms ?? '').split(' ')].map((term) => ({
    term,
    parts: foldedWords(term).folded,
  }));
  return unprinted.flatMap((word) => {
    for (const { term, parts } of terms) {
      const through = parts.some((part) => matches(word, part)) ? printedFor(term, places, names) : undefined;
      if (through) return [{ word: word.asTyped, ...through }];
    }
    return [];
  });
}

/** How a result matched the query's words. */
export interface Match {
  /** For each query word the article does not print, the word it was found by. */
  why: readonly Why[];
  /** The printed words, at Pagefind's locations, that the query finds: what the article page marks. */
  printed: readonly string[];
  /** Whether a word Pagefind marked in its excerpt is one the query finds ("und" is not, for "UN"). */
  finds: (marked: string) => boolean;
}

export function matchOf(words: readonly QueryWord[], result: MatchedText): Match {
  return {
    why: whyMatched(words, result),
    printed: printedMatches(words, result),
    finds: (marked) => findsPrinted(words, marked),
  };
}

/**
 * Reads one short result, so that the first real ones find the reading
 * ready: its regular expressions of Unicode classes compile on first use
 * (about 1 ms each on the bench machine, 4-6 ms in all). For the search
 * page to call while it waits for the reader to type.
 */
export function prepareMatching(): void {
  // Any letters do: a word the sample prints, and one that only its hidden part explains.
  const sample = { content: 'Abc-def: ghijkl', locations: [0], terms: 'jkl', names: undefined };
  matchOf(queryWords('abc jkl', false)!, sample);
}
