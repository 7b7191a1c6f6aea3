/**
 * Readable German URL slugs: lower case, umlauts spelled out (ä -> ae, ß -> ss),
 * words joined by hyphens. File names of articles, tags and sources are slugs,
 * so a reader's URL and the file behind it always carry the same name.
 */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isSlug(text: string): boolean {
  return SLUG_PATTERN.test(text);
}
