/**
 * How two of the search index's metadata fields are written and read back.
 * Shared by the build (search-record.ts) and the search page's script, and
 * kept free of imports so the script pays a few bytes for it.
 */

/**
 * Pagefind searches every metadata field, with no way to exempt one, so the
 * line a result shows (date and publication) would make "Juni" or
 * "angegeben" find articles whose text lacks them. Written as characters of
 * Unicode's private use area, the line is no word to Pagefind: it indexes
 * only letters and digits and drops a word with neither. The script shifts
 * the characters back.
 */
const SHIFT = 0xf0000;

export function unsearchable(text: string): string {
  return [...text].map((char) => String.fromCodePoint(char.codePointAt(0)! + SHIFT)).join('');
}

export function readUnsearchable(text: string): string {
  return [...text].map((char) => String.fromCodePoint(char.codePointAt(0)! - SHIFT)).join('');
}

/**
 * A word an article is found by without printing it, and the printed word
 * it stands for: "Munition" for "Artilleriemunition", "Pyongyang" for
 * "Pjöngjang". The search page says why a result matched from it.
 */
export interface HiddenTerm {
  term: string;
  printed: string;
}

// Separators of no letter or digit: Pagefind indexes the words around them, not them.
const PAIR = ' = ';
const ITEM = ' ; ';

export function writeHiddenTerms(terms: readonly HiddenTerm[]): string {
  return terms.map(({ term, printed }) => `${term}${PAIR}${printed}`).join(ITEM);
}

export function readHiddenTerms(field: string | undefined): HiddenTerm[] {
  if (!field) return [];
  return field.split(ITEM).map((item) => {
    const [term = '', printed = ''] = item.split(PAIR);
    return { term, printed };
  });
}
