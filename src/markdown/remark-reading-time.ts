import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Words a reader of German news reads per minute (a common figure for online text). */
export const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The text of every block, one block per entry: adjacent blocks must not glue their words together. */
function blockTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      texts.push(toString(node));
      return SKIP;
    }
    return undefined;
  });
  return texts;
}

/**
 * Counts the words of an article's body and hands the count, the reading
 * time and the text it counted (one block per line: what the search record
 * finds hidden words in) to the renderer through Astro's `remarkPluginFrontmatter`.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const text = blockTexts(tree).join('\n');
    const words = countWords(text);
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, text, wordCount: words, readingMinutes: readingMinutes(words) };
  };
}
