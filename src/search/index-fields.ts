/**
 * How two of the search index's metadata fields are written and read back.
 * Shared by the build (search-record.ts) and the search page's script, and
 * kept free of imports so the script pays a few bytes for it.
 */

/**
 * Pagefind searches every metadata field, with no way to exempt one, so the
 * line a result shows (date and publication) would make "Juni" or
 * "angegeben" find articles whose text lacks them. Written in symbols, the
 * line is no word to Pagefind: it indexes only letters and digits and drops
 * a word with neither. Latin-1 goes to Braille patterns (U+2800-28FF: three
 * bytes in UTF-8, neither letters, digits, spaces nor emoji), anything else
 * to the private use area; the script shifts the characters back.
 */
const BRAILLE = 0x2800;
const LATIN_1_END = 0xff;
const PRIVATE_USE = 0xf0000;

/** Each character of a text moved by `shift(code)` code points. */
function shifted(text: string, shift: (code: number) => number): string {
  return [...text].map((char) => String.fromCodePoint(char.codePointAt(0)! + shift(char.codePointAt(0)!))).join('');
}

export function unsearchable(text: string): string {
  return shifted(text, (code) => (code <= LATIN_1_END ? BRAILLE : PRIVATE_USE));
}

export function readUnsearchable(text: string): string {
  return shifted(text, (code) => -(code >= PRIVATE_USE ? PRIVATE_USE : BRAILLE));
}

/**
 * A word an article is found by without printing it, and the printed word
 * it stands for: "Munition" for "Artilleriemunition" (a part), "Pyongyang"
 * for "Pjöngjang" (a spelling of a name). The search page says why a result
 * matched from it.
 */
export interface HiddenTerm {
  term: string;
  printed: string;
  kind: 'part' | 'name';
}

const PAIR = '=';
const ITEM = ';';

/** A name's spelling and the spelling the article prints. */
export type NamePair = Pick<HiddenTerm, 'term' | 'printed'>;

/**
 * The hidden terms as two fields: the terms alone, searchable (a term of
 * several words is several words to Pagefind), and, unsearchable, the
 * printed spelling of each name's other spelling. A part needs no pair:
 * the search page finds its printed word in the text
 * ("Munition" inside "Artilleriemunition"), and the bytes of pairs would be
 * on every first search.
 */
export function writeHiddenTerms(terms: readonly HiddenTerm[]): { terms: string; names: string } {
  return {
    terms: [...new Set(terms.map(({ term }) => term))].join(' '),
    names: unsearchable(
      terms
        .filter(({ kind }) => kind === 'name')
        .map(({ term, printed }) => `${term}${PAIR}${printed}`)
        .join(ITEM),
    ),
  };
}

/** The names' spellings from the unsearchable field `writeHiddenTerms` wrote. */
export function readNamePairs(names: string | undefined): NamePair[] {
  if (!names) return [];
  return readUnsearchable(names)
    .split(ITEM)
    .map((item) => {
      const [term = '', printed = ''] = item.split(PAIR);
      return { term, printed };
    });
}
