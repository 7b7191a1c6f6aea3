/**
 * The words the compound splitter is measured on: every capitalised word of at
 * least eight letters inside a sentence of the searchable text (kicker, title,
 * teaser, body) of the fixture articles. Inside a sentence, because a German
 * word is capitalised there only when it is a noun (or a name); a sentence's
 * first word may be any word. The labelled list
 * (tests/fixtures/decompound-labelled.tsv) must hold all of them, so a new
 * fixture article cannot add a compound the measure silently ignores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { wordsOf } from '../../src/search/words.ts';

/** Folders of fixture articles whose text is read. */
export const ARTICLE_FIXTURES = [
  'tests/fixtures/archive/articles',
  'tests/fixtures/hostile',
  'tests/fixtures/import',
  'tests/fixtures/withdrawn',
  'tests/fixtures/broken-content/articles',
];

interface Frontmatter {
  title?: { kicker?: string; text?: string };
  teaser?: { text?: string };
}

/**
 * Kicker, title, teaser and body of an article file, one per line; undefined
 * for a file broken beyond reading (no frontmatter, or YAML that does not
 * parse), which the build rejects and search never sees.
 */
export function searchableTextOfFile(markdown: string): string | undefined {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(
    markdown.replace(/^(#[^\n]*\n)+/, (comments) => comments.replace(/[^\n]/g, '')).replace(/^\n+/, ''),
  );
  if (!match) return undefined;
  let data: Frontmatter;
  try {
    data = yaml.load(match[1]!) ?? {};
  } catch {
    return undefined;
  }
  if (typeof data !== 'object') return undefined;
  return [data.title?.kicker, data.title?.text, data.teaser?.text, match[2]]
    .filter((part) => typeof part === 'string' && part)
    .join('\n');
}

// A token ending a sentence: ". ! ?" possibly followed by closing quotes or brackets.
const SENTENCE_END = /[.!?…][“”"»«')\]]*$/u;
// Markdown line markers that precede a line's first word: headings, quotes, list bullets.
const LINE_MARKER = /^(#+|>|[-*+]|\d+[.)])$/;

/** Capitalised words of at least `minLetters` letters that are not the first word of a line or sentence. */
export function capitalisedInsideSentences(text: string, minLetters = 8): Set<string> {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    const tokens = line.split(/\s+/).filter((token) => token && !LINE_MARKER.test(token));
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      const first = previous === undefined || SENTENCE_END.test(previous);
      // Of "Ukraine-Krieg" only the first part can open a sentence.
      wordsOf(token).forEach((word, part) => {
        if (first && part === 0) return;
        if (/^\p{Lu}\p{Ll}/u.test(word) && [...word].filter((c) => /\p{L}/u.test(c)).length >= minLetters)
          found.add(word);
      });
    });
  }
  return found;
}

/** The candidates of every readable fixture article, sorted. */
export function compoundCandidates(): string[] {
  const words = new Set<string>();
  for (const dir of ARTICLE_FIXTURES) {
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.md'))
      .sort()) {
      const text = searchableTextOfFile(readFileSync(join(dir, name), 'utf8'));
      if (text !== undefined) for (const word of capitalisedInsideSentences(text)) words.add(word);
    }
  }
  return [...words].sort((a, b) => a.localeCompare(b, 'de'));
}
