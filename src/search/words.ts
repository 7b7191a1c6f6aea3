/** The words of a text: runs of letters and digits, hyphenated parts split apart as search splits them. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
