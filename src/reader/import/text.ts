import { normaliseForIntegrity } from '../edition-integrity.ts';

/**
 * Text helpers of the importer: comparing texts whatever their typography,
 * splitting them into sentences, and writing a capture's words into Markdown
 * and YAML so that they stay text.
 */

/** Same text whatever the typography: quotes, ellipses, Markdown marks and spacing, as the integrity check compares (one function for both). */
export const normalise = normaliseForIntegrity;

/** Sentences of a normalised text: a split after . ! ? : or a closing quote, before a capital or a quote. */
export function sentencesOf(normalised: string): string[] {
  // \u0022 is the straight quote; Ä Ö Ü are \u00c4 \u00d6 \u00dc.
  return normalised
    .split(/(?<=[.!?:\u0022])\s+(?=[A-Z\u00c4\u00d6\u00dc\u0022])/)
    .filter((sentence) => sentence !== '');
}

/** The sentences of a raw text, each as printed (trimmed), split where `sentencesOf` splits. */
export function printedSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?:\u0022\u201c])\s+(?=[A-Z\u00c4\u00d6\u00dc\u0022\u201e])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Straight double quotes as German „…“, for frontmatter text (the site sets
 * the body's quotes itself). A quote opens at the start or after a space or
 * an opening bracket, and closes elsewhere.
 */
export function germanQuotes(text: string): string {
  return text.replace(/"/g, (_quote, offset: number) =>
    offset === 0 || /[\s([{–—-]/.test(text[offset - 1]!) ? '„' : '“',
  );
}

/**
 * A capture's line as Markdown text that shows exactly these characters:
 * every character Markdown or HTML could read as markup is escaped, so a
 * `<script>` in a capture stays the text "<script>" and never becomes HTML
 * (the sanitizer of src/markdown/ would remove it too; this keeps the words).
 */
export function escapeMarkdown(text: string): string {
  // \x60 is the backtick.
  const inline = text.replace(/[\\\x60*_[\]<>&~|]/g, (mark) => `\\${mark}`);
  // At the start of a line: headings, quotations, lists and rules.
  return inline.replace(
    /^(\s*)([#+=-]|\d+(?=[.)]\s))/,
    (_all, space: string, mark: string) => `${space}${mark.replace(/^(\d+)$/, '$1\\').replace(/^([#+=-])$/, '\\$1')}`,
  );
}

/** A string as a YAML double-quoted scalar: JSON's string syntax is valid YAML. */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}
